#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "test_run_guard.hpp"

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  const int result = context.run();
  return kinerja::test::RunGuard::checked(context, result);
}
