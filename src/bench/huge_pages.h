// The program's heap in 2 MiB pages (transparent huge pages), where the allocator
// lets us say so. A long timeline is hundreds of MiB of small objects; on the virtual
// machines we measure on, faulting that in 4 KiB at a time cost a third of a
// `bench world` run (a page fault there costs ~10 us: touching 240 MiB took 0.66 s,
// 0.02 s in 2 MiB pages). Newer allocators do this themselves (Google's current
// tcmalloc is "hugepage-aware"); gperftools' 2.10, Debian's, takes a system allocator.
#pragma once
#include <cstddef>

namespace cl::bench {

// Asks tcmalloc to take fresh memory from us: 2 MiB aligned mmaps, advised
// MADV_HUGEPAGE. Nothing happens in a build without tcmalloc (the sanitizer build,
// COOKIELAB_TCMALLOC=OFF), with COOKIELAB_HUGE_PAGES=OFF, or where the kernel's THP
// setting is "never". Call once, first thing in main.
void back_heap_with_huge_pages();

}  // namespace cl::bench
