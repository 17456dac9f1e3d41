#include "bench/huge_pages.h"
#include <sys/mman.h>
#include <cstdint>
#ifdef COOKIELAB_HUGE_PAGES
#include <gperftools/malloc_extension.h>
#endif

namespace cl::bench {

#ifdef COOKIELAB_HUGE_PAGES
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// tcmalloc asks for at least 1 MiB at a time and takes what it is given
// (actual_size), so every piece is whole huge pages: none is shared with another
// mapping, and the kernel can back each with one 2 MiB page at its first touch.
class HugePageSystemAllocator : public SysAllocator {
public:
  explicit HugePageSystemAllocator(SysAllocator* fallback) : fallback_(fallback) {}

  void* Alloc(std::size_t size, std::size_t* actual_size, std::size_t alignment) override {
    const std::size_t align = alignment > kHugePage ? alignment : kHugePage;
    const std::size_t rounded = (size + kHugePage - 1) & ~(kHugePage - 1);
    if (rounded < size) return nullptr;  // size near SIZE_MAX
    // Map enough to find an aligned start inside, then give the ends back.
    void* raw = mmap(nullptr, rounded + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return fallback_ ? fallback_->Alloc(size, actual_size, alignment) : nullptr;
    const auto base = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t start = (base + align - 1) & ~(align - 1);
    const std::uintptr_t end = start + rounded;
    if (start > base) munmap(raw, start - base);
    if (base + rounded + align > end) munmap(reinterpret_cast<void*>(end), base + rounded + align - end);
    madvise(reinterpret_cast<void*>(start), rounded, MADV_HUGEPAGE);  // a hint: failing is harmless
    if (actual_size) *actual_size = rounded;
    return reinterpret_cast<void*>(start);
  }

private:
  SysAllocator* fallback_;
};

}  // namespace

void back_heap_with_huge_pages() {
  MallocExtension* tcmalloc = MallocExtension::instance();
  static HugePageSystemAllocator allocator(tcmalloc->GetSystemAllocator());
  tcmalloc->SetSystemAllocator(&allocator);
}
#else
void back_heap_with_huge_pages() {}
#endif

}  // namespace cl::bench
