// The explanation table behind every decision.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include "cookie/reason.h"

using namespace cl::cookie;

TEST_CASE("reasons: every reason has a unique id and both languages", "[reason]") {
  std::set<std::string> ids;
  for (int i = 0; i < static_cast<int>(Reason::Count); ++i) {
    const ReasonInfo& r = reason_info(static_cast<Reason>(i));
    INFO(i);
    CHECK(!r.id.empty());
    CHECK(!r.en.empty());
    CHECK(!r.ko.empty());
    CHECK(ids.insert(std::string(r.id)).second);
    if (i != 0) CHECK(r.rfc.find("RFC 6265") == 0);
  }
}

TEST_CASE("reasons: rows are tied to their enum values", "[reason]") {
  CHECK(reason_info(Reason::NoEquals).id == "no-equals");
  CHECK(reason_info(Reason::NoEquals).rfc == "RFC 6265 5.2 step 2");
  CHECK(reason_info(Reason::PublicSuffixDomain).rfc == "RFC 6265 5.3 step 5");
  CHECK(reason_info(Reason::ThirdPartyBlockedSend).id == "third-party-blocked-send");
  CHECK(reason_info(Reason::Expired).id == "expired");
}

TEST_CASE("reasons: Chromium DevTools names", "[reason]") {
  CHECK(reason_info(Reason::SecureOnly).chromium == "SecureOnly");
  CHECK(reason_info(Reason::NotOnPath).chromium == "NotOnPath");
  CHECK(reason_info(Reason::OtherDomain).chromium == "DomainMismatch");
  CHECK(reason_info(Reason::DomainMismatch).chromium == "InvalidDomain");
  CHECK(reason_info(Reason::SameSiteUnspecifiedTreatedAsLax).chromium == "SameSiteUnspecifiedTreatedAsLax");
  CHECK(reason_info(Reason::NameValueTooLarge).chromium == "NameValuePairExceedsMaxSize");
  CHECK(reason_info(Reason::ThirdPartyBlocked).chromium == "UserPreferences");
  CHECK(reason_info(Reason::HttpOnlyForScript).chromium.empty());
}

TEST_CASE("reasons: out-of-range values fall back to the first row", "[reason]") {
  CHECK(reason_info(Reason::Count).id == "none");
}

TEST_CASE("a rule's reference reads as Korean says it", "[reason]") {
  using cl::Lang;
  using cl::cookie::rfc_reference;
  CHECK(rfc_reference("RFC 6265 5.4 step 1", Lang::En) == "RFC 6265 5.4 step 1");
  CHECK(rfc_reference("RFC 6265 5.4 step 1", Lang::Ko) == "RFC 6265 5.4절 1단계");
  CHECK(rfc_reference("RFC 6265 5.3 step 11.2", Lang::Ko) == "RFC 6265 5.3절 11.2단계");
  CHECK(rfc_reference("RFC 6265bis 5.8.3", Lang::Ko) == "RFC 6265bis 5.8.3절");
  CHECK(rfc_reference("", Lang::Ko) == "");
  // Every reason's reference has its Korean form: no English "step" is left in it.
  for (std::size_t i = 0; i < static_cast<std::size_t>(cl::cookie::Reason::Count); ++i) {
    const std::string ko = rfc_reference(cl::cookie::reason_info(static_cast<cl::cookie::Reason>(i)).rfc, Lang::Ko);
    CHECK(ko.find("step") == std::string::npos);
  }
}
