// Nothing crashes the office: every UNO entry point runs its body through one of these.
// A C++ exception escaping native code into the office can take down the user's whole
// session with unsaved work, so anything that is not already a UNO exception is turned
// into one here.
#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <utility>

#include "unobase/strings.hpp"

namespace kinerja::uno {

// Runs `body`. RuntimeExceptions (IllegalArgumentException among them) pass through; any
// other exception, UNO or C++, becomes a RuntimeException carrying its message: a checked
// UNO exception that a method does not declare (IndexOutOfBoundsException, say) aborts the
// office when it crosses the UNO bridge.
template <typename Body>
auto guarded(Body&& body) -> decltype(body()) {
  try {
    return std::forward<Body>(body)();
  } catch (const css::uno::RuntimeException&) {  // IllegalArgumentException is one too
    throw;
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(e.Message);
  } catch (const std::exception& e) {
    throw css::uno::RuntimeException("Kinerja: " + unobase::to_ou(e.what()));
  } catch (...) {
    throw css::uno::RuntimeException("Kinerja: unknown internal error");
  }
}

}  // namespace kinerja::uno
