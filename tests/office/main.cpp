#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "office_fixture.hpp"
#include "test_run_guard.hpp"

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int result = context.run();
  if (!context.shouldExit()) {
    // End the office before static destruction tears down the UNO runtime underneath it.
    try {
      kinerja::test::office_session().shutdown();
    } catch (...) {
    }
  }
  return kinerja::test::RunGuard::checked(context, result);
}
