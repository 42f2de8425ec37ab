#include "uno/clock.hpp"

#include <osl/security.hxx>

#include <ctime>

#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;
namespace {

std::tm local_now() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
#ifdef _WIN32
  localtime_s(&local, &now);
#else
  localtime_r(&now, &local);
#endif
  return local;
}

}  // namespace

core::Date today() {
  const std::tm local = local_now();
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string now_text() {
  const std::tm local = local_now();
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
  return text;
}

std::string user_name() {
  rtl::OUString name;
  osl::Security().getUserName(name);
  return to_utf8(name);
}

}  // namespace kinerja::uno
