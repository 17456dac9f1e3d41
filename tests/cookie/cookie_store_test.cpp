// The jar's storage on its own (cookie_store.h): identity lookups, the walk over
// the domains a host can domain-match, the eviction order, and copy on write.
// The RFC rules themselves are tested through CookieJar (jar_test.cpp).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>
#include "cookie/cookie_store.h"

using namespace cl;
using namespace cl::cookie;

namespace {

// A cookie as the jar would hand it to the store (creation_index from the store).
Cookie make(CookieStore& s, std::string name, std::string domain, std::string path = "/", TimeMs created = 0) {
  Cookie c;
  c.name = std::move(name);
  c.value = "v";
  c.domain = std::move(domain);
  c.path = std::move(path);
  c.creation = c.last_access = created;
  c.creation_index = s.next_creation_index();
  return c;
}

std::size_t add(CookieStore& s, Cookie c) {
  const CookieStore::Entry at = s.find_for_change(c.name, c.domain, c.path);
  REQUIRE_FALSE(at);
  return s.insert(at, std::move(c));
}

std::size_t add(CookieStore& s, std::string name, std::string domain, std::string path = "/", TimeMs created = 0) {
  return add(s, make(s, std::move(name), std::move(domain), std::move(path), created));
}

// "domain:name" of every cookie visited for host, in visiting order.
std::vector<std::string> visited(const CookieStore& s, std::string_view host) {
  std::vector<std::string> out;
  s.for_each_domain_matching(host, [&](std::string_view domain, const CookieStore::DomainCookies& cookies) {
    for (const Cookie& c : cookies) {
      CHECK(c.domain == domain);
      out.push_back(std::string(domain) + ":" + c.name);
    }
  });
  return out;
}

// Everything, with this copy's access times, sorted by identity.
std::vector<Cookie> snapshot(const CookieStore& s) {
  std::vector<Cookie> out;
  s.for_each_domain([&](std::string_view, const CookieStore::DomainCookies& cookies) {
    for (const Cookie& c : cookies) out.push_back(s.with_access(c));
  });
  std::sort(out.begin(), out.end(), [](const Cookie& a, const Cookie& b) {
    return std::tie(a.domain, a.path, a.name) < std::tie(b.domain, b.path, b.name);
  });
  return out;
}

std::vector<std::string> names(const std::vector<Cookie>& cookies) {
  std::vector<std::string> out;
  for (const Cookie& c : cookies) out.push_back(c.name);
  return out;
}

}  // namespace

TEST_CASE("store: find, insert, replace and erase by name, domain and path", "[store]") {
  CookieStore s;
  CHECK(s.size() == 0);
  CHECK(add(s, "a", "example.com") == 1);
  CHECK(add(s, "a", "example.com", "/x") == 2);  // another path: another cookie
  CHECK(add(s, "a", "www.example.com") == 1);    // another domain: its own count
  CHECK(add(s, "b", "example.com") == 3);
  CHECK(s.size() == 4);
  CHECK(s.count_in("example.com") == 3);
  CHECK(s.count_in("www.example.com") == 1);
  CHECK(s.count_in("other.com") == 0);

  SECTION("find") {
    REQUIRE(s.find("a", "example.com", "/x") != nullptr);
    CHECK(s.find("a", "example.com", "/x")->path == "/x");
    CHECK(s.find("a", "example.com", "/y") == nullptr);
    CHECK(s.find("c", "example.com", "/") == nullptr);
    CHECK(s.find("a", "other.com", "/") == nullptr);
    CHECK(s.find("A", "example.com", "/") == nullptr);  // names are case-sensitive
  }
  SECTION("find_for_change finds what find finds") {
    const CookieStore::Entry e = s.find_for_change("b", "example.com", "/");
    REQUIRE(e);
    CHECK(e->name == "b");
    CHECK(&*e == s.find("b", "example.com", "/"));
    CHECK_FALSE(s.find_for_change("b", "example.com", "/x"));
    CHECK_FALSE(s.find_for_change("b", "nowhere.com", "/"));
  }
  SECTION("replace keeping the creation index keeps the place in the send order") {
    Cookie c = *s.find("a", "example.com", "/");
    c.value = "new";
    c.creation = 99;  // a different time, but the same creation_index
    CHECK(s.replace(s.find_for_change("a", "example.com", "/"), c) == 3);
    CHECK(s.size() == 4);
    CHECK(s.find("a", "example.com", "/")->value == "new");
    CHECK(visited(s, "example.com") == std::vector<std::string>{"example.com:a", "example.com:a", "example.com:b"});
    CHECK(s.find("a", "example.com", "/x") != nullptr);
  }
  SECTION("replace with a new creation index moves the cookie behind the older ones") {
    Cookie c = *s.find("a", "example.com", "/");
    c.value = "new";
    c.creation_index = s.next_creation_index();
    s.replace(s.find_for_change("a", "example.com", "/"), c);
    // "/x" first (longer path), then b (older), then the new a.
    std::vector<std::string> order;
    s.for_each_domain_matching("example.com", [&](std::string_view, const CookieStore::DomainCookies& cookies) {
      for (const Cookie& k : cookies) order.push_back(k.name + k.path + "=" + k.value);
    });
    CHECK(order == std::vector<std::string>{"a/x=v", "b/=v", "a/=new"});
  }
  SECTION("erase an entry returns the record") {
    const Cookie gone = s.erase(s.find_for_change("a", "www.example.com", "/"));
    CHECK(gone.domain == "www.example.com");
    CHECK(s.size() == 3);
    CHECK(s.count_in("www.example.com") == 0);
    CHECK(s.find("a", "www.example.com", "/") == nullptr);
    CHECK(visited(s, "www.example.com") == std::vector<std::string>{"example.com:a", "example.com:a", "example.com:b"});
  }
  SECTION("erase by identity") {
    CHECK(s.erase("a", "example.com", "/x"));
    CHECK_FALSE(s.erase("a", "example.com", "/x"));
    CHECK_FALSE(s.erase("a", "nowhere.com", "/"));
    CHECK(s.find("a", "example.com", "/x") == nullptr);
    CHECK(s.find("a", "example.com", "/") != nullptr);
    CHECK(s.size() == 3);
  }
  SECTION("put replaces its identity and moves the counter past its index") {
    Cookie c = *s.find("b", "example.com", "/");
    c.value = "by hand";
    c.creation_index = 1000;
    s.put(c);
    CHECK(s.size() == 4);
    CHECK(s.find("b", "example.com", "/")->value == "by hand");
    CHECK(s.next_creation_index() == 1001);
  }
  SECTION("clear empties the store but keeps the counter") {
    const std::uint64_t next = s.next_creation_index();
    s.clear();
    CHECK(s.size() == 0);
    CHECK(visited(s, "example.com").empty());
    CHECK(s.next_creation_index() == next + 1);
  }
}

TEST_CASE("store: a host visits exactly the domains it can domain-match", "[store]") {
  CookieStore s;
  Cookie host_only = make(s, "host", "www.a.example");
  host_only.host_only = true;
  add(s, host_only);
  Cookie parent_host_only = make(s, "parent-host", "a.example");
  parent_host_only.host_only = true;  // set by a.example without Domain
  add(s, parent_host_only);
  for (const char* d : {"a.example", "example", "x.www.a.example", "b.example", "other.a.example", "wwwa.example",
                        "ww.a.example", "www.a.example.org", "192.168.0.1", "168.0.1", "0.1"}) {
    Cookie c = make(s, "c", d);
    c.host_only = false;
    add(s, c);
  }

  // The host itself first, then each parent; never a sub-domain, a sibling or a
  // name that only ends with the same letters. Host-only cookies are candidates
  // too: whether a host-only cookie goes is 5.4 step 1's test, not the store's.
  CHECK(visited(s, "www.a.example") ==
        std::vector<std::string>{"www.a.example:host", "a.example:parent-host", "a.example:c", "example:c"});
  CHECK(visited(s, "a.example") == std::vector<std::string>{"a.example:parent-host", "a.example:c", "example:c"});
  CHECK(visited(s, "example") == std::vector<std::string>{"example:c"});
  CHECK(visited(s, "x.www.a.example") == std::vector<std::string>{"x.www.a.example:c", "www.a.example:host",
                                                                  "a.example:parent-host", "a.example:c", "example:c"});
  CHECK(visited(s, "unrelated.test").empty());
  // An IP address has no parent domains (5.1.3).
  CHECK(visited(s, "192.168.0.1") == std::vector<std::string>{"192.168.0.1:c"});

  SECTION("each domain's cookies come in send order") {
    CookieStore t;
    add(t, "root-old", "a.example", "/", 1);
    add(t, "deep", "a.example", "/x/y", 5);
    add(t, "root-new", "a.example", "/", 2);
    add(t, "mid", "a.example", "/x", 9);
    add(t, "root-same-time", "a.example", "/", 1);  // same time: the later index goes after
    CHECK(visited(t, "a.example") == std::vector<std::string>{"a.example:deep", "a.example:mid", "a.example:root-old",
                                                              "a.example:root-same-time", "a.example:root-new"});
  }
}

TEST_CASE("store: remove_excess evicts expired, then least recently used, non-Secure before Secure", "[store]") {
  const TimeMs now = 1000;
  CookieStore s(JarLimits{4, 100});
  auto cookie = [&](const char* name, TimeMs last_access, bool secure = false, bool expired = false) {
    Cookie c = make(s, name, "a.example");
    c.last_access = last_access;
    c.secure = secure;
    if (expired) c.persistent = true, c.expiry = now - 1;
    else c.persistent = true, c.expiry = now + 1000000;
    return c;
  };
  add(s, cookie("secure-oldest", 1, true));
  add(s, cookie("recent", 500));
  add(s, cookie("old", 100));
  add(s, cookie("expired-recent", 900, false, true));
  add(s, cookie("tie-first", 300));
  add(s, cookie("tie-second", 300));
  add(s, cookie("secure-recent", 800, true));
  Cookie other = cookie("other", 1);
  other.domain = "b.example";  // another domain: not counted with a.example's
  add(s, other);
  REQUIRE(s.count_in("a.example") == 7);

  std::vector<Cookie> evicted;
  s.remove_excess("a.example", now, evicted);
  // Expired first; then the least recently used non-Secure ones (equal times: the
  // earlier created first); Secure ones last.
  CHECK(names(evicted) == std::vector<std::string>{"expired-recent", "old", "tie-first"});
  CHECK(s.count_in("a.example") == 4);

  SECTION("Secure cookies go only when nothing else is left") {
    s.set_limits(JarLimits{1, 100});
    evicted.clear();
    s.remove_excess("a.example", now, evicted);
    CHECK(names(evicted) == std::vector<std::string>{"tie-second", "recent", "secure-oldest"});
    CHECK(s.find("secure-recent", "a.example", "/") != nullptr);
  }
  SECTION("the total limit looks at every domain") {
    s.set_limits(JarLimits{100, 3});
    evicted.clear();
    s.remove_excess("a.example", now, evicted);
    CHECK(names(evicted) == std::vector<std::string>{"other", "tie-second"});
    CHECK(s.size() == 3);
    CHECK(s.count_in("b.example") == 0);
  }
  SECTION("within the limits nothing goes") {
    evicted.clear();
    s.remove_excess("a.example", now, evicted);
    CHECK(evicted.empty());
  }
}

TEST_CASE("store: expired and session cookies are removed on request", "[store]") {
  CookieStore s;
  Cookie soon = make(s, "soon", "a.example");
  soon.persistent = true, soon.expiry = 100;
  Cookie later = make(s, "later", "a.example");
  later.persistent = true, later.expiry = 200;
  Cookie session = make(s, "session", "b.example");
  add(s, soon), add(s, later), add(s, session);
  CHECK_FALSE(s.may_have_expired(99));
  CHECK(s.remove_expired(99).empty());
  CHECK(names(s.remove_expired(100)) == std::vector<std::string>{"soon"});
  CHECK_FALSE(s.may_have_expired(199));  // the next expiry is known again
  CHECK(s.may_have_expired(200));
  CHECK(names(s.remove_session_cookies()) == std::vector<std::string>{"session"});
  CHECK(s.size() == 1);
  CHECK(s.count_in("b.example") == 0);
}

TEST_CASE("store: Secure cookies covering a new one, in parents and sub-domains", "[store]") {
  CookieStore s;
  Cookie c = make(s, "sid", "a.example", "/app");
  c.secure = true;
  add(s, c);
  auto covered = [&](const char* name, const char* domain, const char* path) {
    return s.has_secure_covering(name, domain, path, s.find_for_change(name, domain, path));
  };
  CHECK(covered("sid", "a.example", "/app"));
  CHECK(covered("sid", "a.example", "/app/x"));    // inside its path
  CHECK_FALSE(covered("sid", "a.example", "/"));   // outside it
  CHECK(covered("sid", "www.a.example", "/app"));  // a sub-domain of it
  CHECK(covered("sid", "example", "/app"));        // a parent of it
  CHECK_FALSE(covered("sid", "b.example", "/app"));
  CHECK_FALSE(covered("other", "a.example", "/app"));
  CHECK(s.erase("sid", "a.example", "/app"));
  CHECK_FALSE(covered("sid", "a.example", "/app"));
}

TEST_CASE("store: a copy is unaffected by writes to the original, and the other way round", "[store][copy]") {
  CookieStore original;
  add(original, "a", "a.example", "/", 10);
  add(original, "b", "a.example", "/x", 20);
  Cookie p = make(original, "p", "b.example");
  p.persistent = true, p.expiry = 500;
  add(original, p);
  const CookieStore copy = original;
  const std::vector<Cookie> before = snapshot(copy);
  REQUIRE(copy == original);

  SECTION("insert") { add(original, "c", "a.example"); }
  SECTION("replace") {
    Cookie c = *original.find("a", "a.example", "/");
    c.value = "changed";
    original.replace(original.find_for_change("a", "a.example", "/"), c);
  }
  SECTION("erase") { original.erase(original.find_for_change("b", "a.example", "/x")); }
  SECTION("erase by identity") { CHECK(original.erase("p", "b.example", "/")); }
  SECTION("put") {
    Cookie c = *original.find("a", "a.example", "/");
    c.value = "by hand";
    original.put(c);
  }
  SECTION("last access") {
    original.mark_accessed({original.find("a", "a.example", "/"), original.find("b", "a.example", "/x")}, 99);
    CHECK(original.with_access(*original.find("a", "a.example", "/")).last_access == 99);
    // Twice, and then a change that makes the storage the original's own.
    original.mark_accessed({original.find("a", "a.example", "/")}, 120);
    add(original, "d", "c.example");
    CHECK(original.find("a", "a.example", "/")->last_access == 120);
    CHECK(original.find("b", "a.example", "/x")->last_access == 99);
  }
  SECTION("remove expired") { CHECK(original.remove_expired(600).size() == 1); }
  SECTION("session cookies") { CHECK(original.remove_session_cookies().size() == 2); }
  SECTION("eviction") {
    original.set_limits(JarLimits{1, 100});
    std::vector<Cookie> evicted;
    original.remove_excess("a.example", 0, evicted);
    CHECK(evicted.size() == 1);
  }
  SECTION("clear") { original.clear(); }
  SECTION("next creation index") { original.next_creation_index(); }

  CHECK(snapshot(copy) == before);
  CHECK(copy.size() == before.size());
  CHECK_FALSE(copy == original);
}

TEST_CASE("store: writes to a copy leave the original alone", "[store][copy]") {
  CookieStore original;
  add(original, "a", "a.example", "/", 10);
  const std::vector<Cookie> before = snapshot(original);
  CookieStore second = original;
  second.mark_accessed({second.find("a", "a.example", "/")}, 7);
  CHECK(second.with_access(*second.find("a", "a.example", "/")).last_access == 7);
  add(second, "z", "a.example");
  Cookie a = *second.find("a", "a.example", "/");
  a.value = "changed";
  second.replace(second.find_for_change("a", "a.example", "/"), a);
  CHECK(second.find("a", "a.example", "/")->last_access == 7);
  CHECK(snapshot(original) == before);
  CHECK(original.size() == 1);
}

TEST_CASE("store: equality looks at cookies and send order, not at where they sit", "[store]") {
  CookieStore one, two;
  add(one, "a", "a.example", "/", 1);
  add(one, "b", "a.example", "/", 2);
  add(two, "b", "a.example", "/", 2);  // inserted in the other order ...
  add(two, "a", "a.example", "/", 1);
  CHECK_FALSE(one == two);  // ... so b took index 0 in two: other records
  CookieStore three;
  Cookie a = make(three, "a", "a.example", "/", 1);
  Cookie b = make(three, "b", "a.example", "/", 2);
  add(three, b), add(three, a);  // same records as one, other slots
  CHECK(three == one);
  three.set_limits(JarLimits{1, 1});
  CHECK_FALSE(three == one);
}
