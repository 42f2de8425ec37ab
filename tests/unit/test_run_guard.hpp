// A test run that selects no test case fails. CTest runs each doctest case by its name; a
// name CTest cannot carry (a ';' splits it in two) would otherwise select nothing and pass.
#pragma once

#include <doctest/doctest.h>

#include <cstdio>

namespace kinerja::test {

class RunGuard : public doctest::IReporter {
 public:
  explicit RunGuard(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& stats) override { selected() = stats.numTestCasesPassingFilters; }
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}

  static unsigned& selected() {
    static unsigned count = 0;
    return count;
  }

  // The exit code of a run whose own result was `result`.
  static int checked(doctest::Context& context, int result) {
    if (context.shouldExit() || result != 0) return result;
    if (selected() == 0) {
      std::fprintf(stderr, "no test case matched the filter: nothing was tested\n");
      return 1;
    }
    return 0;
  }
};

REGISTER_LISTENER("run-guard", 1, RunGuard);

}  // namespace kinerja::test
