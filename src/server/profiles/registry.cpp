// Every framework the server can be, one line each, in the order of enum Profile.
// A framework's description is defined in its own file; its line declares it where
// it is used, so adding one (say Rails) is: the enum's new value in server.h (before
// Stateless), a new file profiles/rails.cpp defining kRailsProfile, and its line here.
#include <algorithm>
#include <array>
#include "server/profiles/profile.h"

namespace cl::server {

// Outside the unnamed namespace: a declaration inside a line's lambda names the
// object in the enclosing namespace, where its file defines it.
struct RegisteredFramework {
  Profile profile;
  const FrameworkProfile* (*description)();
};

// One line a framework (clang-format would spread each over five).
// clang-format off
constexpr RegisteredFramework kRegistered[] = {
    {Profile::Django, [] { extern const FrameworkProfile kDjangoProfile; return &kDjangoProfile; }},
    {Profile::Php, [] { extern const FrameworkProfile kPhpProfile; return &kPhpProfile; }},
    {Profile::Express, [] { extern const FrameworkProfile kExpressProfile; return &kExpressProfile; }},
    {Profile::Servlet, [] { extern const FrameworkProfile kServletProfile; return &kServletProfile; }},
    {Profile::Stateless, [] { extern const FrameworkProfile kStatelessProfile; return &kStatelessProfile; }},
};
// clang-format on

namespace {

// One line per value of the enum, in its order, so framework(p) is an index.
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < std::size(kRegistered); ++i)
    if (static_cast<std::size_t>(kRegistered[i].profile) != i) return false;
  return true;
}
static_assert(std::size(kRegistered) == kProfileCount, "every Profile needs its line in kRegistered");
static_assert(in_enum_order(), "kRegistered lists the profiles in the order of enum Profile");

constexpr auto kProfiles = [] {
  std::array<Profile, std::size(kRegistered)> all{};
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = kRegistered[i].profile;
  return all;
}();

}  // namespace

const FrameworkProfile& framework(Profile p) { return *kRegistered[static_cast<std::size_t>(p)].description(); }

std::span<const Profile> all_profiles() { return kProfiles; }

std::optional<Profile> profile_named(std::string_view name) {
  for (const Profile p : kProfiles)
    if (framework(p).name == name) return p;
  return std::nullopt;
}

std::string_view profile_name(Profile p) { return framework(p).name; }

}  // namespace cl::server
