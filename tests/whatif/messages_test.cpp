// The what-if catalogue, as tests/sim/messages_test.cpp checks the others (this one
// lives in cl_whatif, above cl_sim): every kind worded in both languages, with its arguments.
#include <catch2/catch.hpp>
#include "whatif/whatif_messages.h"

TEST_CASE("every kind of the what-if catalogue is worded in both languages, with its arguments") {
  const cl::Catalogue& c = cl::whatif::whatif_catalogue();
  CHECK(c.size == static_cast<std::size_t>(cl::whatif::WhatIfMsg::Count));
  for (const std::string& problem : cl::catalogue_problems(c)) FAIL_CHECK(problem);
}
