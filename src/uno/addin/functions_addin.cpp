#include "uno/addin/functions_addin.hpp"

#include <cppuhelper/supportsservice.hxx>

#include "core/achievement.hpp"
#include "core/option_words.hpp"
#include "uno/addin/arguments.hpp"
#include "uno/addin/function_catalog.hpp"
#include "uno/guard.hpp"
#include "uno/strings.hpp"

namespace kinerja::uno {

using css::uno::Any;
using rtl::OUString;

namespace {

core::Polarity polarity_argument(const Any& value) {
  const auto word = text_argument(value, "polaritas");
  if (!word) return core::Polarity::positive;
  const auto parsed = core::parse_polarity(*word);
  if (!parsed) bad_argument("polaritas \"" + *word + "\" tidak dikenal (positif/negatif)");
  return *parsed;
}

core::NegativeMethod negative_method_argument(const Any& value) {
  const auto word = text_argument(value, "metode_negatif");
  if (!word) return core::NegativeMethod::difference;
  const auto parsed = core::parse_negative_method(*word);
  if (!parsed) bad_argument("metode negatif \"" + *word + "\" tidak dikenal (selisih/rasio)");
  return *parsed;
}

const FunctionInfo& info_of(const OUString& method) {
  const FunctionInfo* info = find_by_method(to_utf8(method));
  if (info == nullptr) throw css::uno::RuntimeException("Kinerja: unknown function " + method);
  return *info;
}

}  // namespace

FunctionsAddIn::FunctionsAddIn(const css::uno::Reference<css::uno::XComponentContext>&)
    : locale_("id", "ID", "") {}

css::uno::Sequence<OUString> FunctionsAddIn::service_names() {
  return ascii_names({"com.sun.star.sheet.AddIn", service_name});
}

// ---- the functions ----------------------------------------------------------------------
// Bad input throws IllegalArgumentException (Err:502); guarded() turns anything unexpected
// into a RuntimeException (#VALUE!), never a crash. An empty Any is #N/A (no data).

Any FunctionsAddIn::capaian(const Any& realisasi, const Any& target, const Any& polaritas,
                            const Any& metodeNegatif) {
  return guarded([&]() -> Any {
    const core::Polarity polarity = polarity_argument(polaritas);
    const core::NegativeMethod method = negative_method_argument(metodeNegatif);
    const auto actual = number_argument(realisasi, "realisasi");
    const auto goal = number_argument(target, "target");
    if (!actual || !goal) return Any();  // no data: #N/A
    const auto value = core::achievement(*actual, *goal, polarity, method);
    if (!value) bad_argument("capaian tidak dapat dihitung (target 0, atau realisasi 0 dengan metode rasio)");
    return Any(*value);
  });
}

// ---- XAddIn: the Function Wizard ---------------------------------------------------------

OUString FunctionsAddIn::getProgrammaticFuntionName(const OUString& display_name) {
  return guarded([&] {
    const FunctionInfo* info = find_by_display_name(to_utf8(display_name));
    return info ? to_ou(info->method) : OUString();
  });
}

OUString FunctionsAddIn::getDisplayFunctionName(const OUString& method) {
  return guarded([&] {
    const FunctionInfo* info = find_by_method(to_utf8(method));
    return info ? to_ou(info->display_name) : OUString();
  });
}

OUString FunctionsAddIn::getFunctionDescription(const OUString& method) {
  return guarded([&] { return to_ou(info_of(method).description.in(language_of(to_utf8(locale_.Language)))); });
}

OUString FunctionsAddIn::getDisplayArgumentName(const OUString& method, sal_Int32 argument) {
  return guarded([&] {
    const FunctionInfo& info = info_of(method);
    if (argument < 0 || argument >= static_cast<sal_Int32>(info.arguments.size())) return OUString();
    return to_ou(info.arguments[static_cast<std::size_t>(argument)].name.in(language_of(to_utf8(locale_.Language))));
  });
}

OUString FunctionsAddIn::getArgumentDescription(const OUString& method, sal_Int32 argument) {
  return guarded([&] {
    const FunctionInfo& info = info_of(method);
    if (argument < 0 || argument >= static_cast<sal_Int32>(info.arguments.size())) return OUString();
    return to_ou(info.arguments[static_cast<std::size_t>(argument)].description.in(
        language_of(to_utf8(locale_.Language))));
  });
}

OUString FunctionsAddIn::getProgrammaticCategoryName(const OUString&) { return "Add-In"; }

OUString FunctionsAddIn::getDisplayCategoryName(const OUString&) { return "Add-In"; }

void FunctionsAddIn::setLocale(const css::lang::Locale& locale) { locale_ = locale; }

css::lang::Locale FunctionsAddIn::getLocale() { return locale_; }

OUString FunctionsAddIn::getServiceName() { return OUString::createFromAscii(service_name); }

OUString FunctionsAddIn::getImplementationName() { return OUString::createFromAscii(implementation_name); }

sal_Bool FunctionsAddIn::supportsService(const OUString& name) {
  return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> FunctionsAddIn::getSupportedServiceNames() { return service_names(); }

}  // namespace kinerja::uno
