#include "uno/addin/functions_addin.hpp"

#include <cppuhelper/supportsservice.hxx>

#include "core/achievement.hpp"
#include "core/budget.hpp"
#include "core/renstra.hpp"
#include "core/rollup.hpp"
#include "core/status.hpp"
#include "core/function_catalog.hpp"
#include "uno/addin/arguments.hpp"
#include "uno/guard.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

using core::find_by_display_name;
using core::find_by_method;
using core::FunctionInfo;
using core::language_of;
using css::uno::Any;
using rtl::OUString;

namespace {

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

namespace {

// The four arguments CAPAIAN and STATUS.KINERJA share, read the same way for both.
struct Comparison {
  std::optional<double> actual;
  std::optional<double> target;
  std::optional<double> achievement;  // when both are there and it can be computed
};

Comparison compare(const Any& realisasi, const Any& target, const Any& polaritas, const Any& metodeNegatif) {
  const core::Polarity polarity = polarity_argument(polaritas);
  const core::NegativeMethod method = negative_method_argument(metodeNegatif);
  Comparison c{number_argument(realisasi, "realisasi"), number_argument(target, "target"), std::nullopt};
  if (c.actual && c.target) c.achievement = core::achievement(*c.actual, *c.target, polarity, method);
  return c;
}

}  // namespace

Any FunctionsAddIn::capaian(const Cells& realisasi, const Cells& target, const Any& polaritas,
                            const Any& metodeNegatif) {
  return guarded([&]() -> Any {
    const Comparison c = compare(value_of(realisasi), value_of(target), polaritas, metodeNegatif);
    if (!c.actual || !c.target) return Any();  // no data: #N/A
    if (!c.achievement) bad_argument("capaian tidak dapat dihitung (target 0, atau realisasi 0 dengan metode rasio)");
    return Any(*c.achievement);
  });
}

Any FunctionsAddIn::predikat(const Cells& capaian, const Any& skala) {
  return guarded([&]() -> Any {
    const core::RatingScale scale = rating_scale_argument(skala, "skala");
    const auto value = number_argument(value_of(capaian), "capaian");
    if (!value) return Any();
    return Any(to_ou(scale.rate(*value)));
  });
}

Any FunctionsAddIn::agregasi(const Cells& nilai, const Cells& metode, const Any& sampaiTw) {
  return guarded([&]() -> Any {
    const core::Aggregation aggregation = aggregation_argument(value_of(metode));
    std::size_t count = 0;
    const core::QuarterValues values = quarter_values_argument(value_of(nilai), "nilai", &count);
    const int last = whole_argument(sampaiTw, "sampai_tw", 1, 4).value_or(static_cast<int>(count));
    const auto result = core::aggregate(aggregation, values, 1, last).value;
    return result ? Any(*result) : Any();
  });
}

Any FunctionsAddIn::targetsd(const Cells& targetTw, const Cells& sampaiTw, const Cells& metode,
                             const Any& jenisTarget) {
  return guarded([&]() -> Any {
    core::Indicator plan;
    plan.aggregation = aggregation_argument(value_of(metode));
    plan.target_kind = target_kind_argument(jenisTarget);
    plan.quarter_targets = quarter_values_argument(value_of(targetTw), "target_tw");
    const auto quarter = whole_argument(value_of(sampaiTw), "sampai_tw", 1, 4);
    if (!quarter) bad_argument("argumen sampai_tw wajib (1 sampai 4)");
    const auto result = core::quarter_targets(plan).to_date[static_cast<std::size_t>(*quarter - 1)];
    return result ? Any(*result) : Any();
  });
}

Any FunctionsAddIn::statuskinerja(const Cells& realisasi, const Cells& target, const Any& polaritas,
                                  const Any& metodeNegatif) {
  return guarded([&]() -> Any {
    const Comparison c = compare(value_of(realisasi), value_of(target), polaritas, metodeNegatif);
    const core::Status status = core::status_of(c.target, c.actual, c.achievement, core::Settings{}.missed_threshold);
    return Any(to_ou(core::label_of(status)));
  });
}

Any FunctionsAddIn::angka(const Cells& teks) {
  return guarded([&]() -> Any {
    const auto value = number_argument(value_of(teks), "teks");
    return value ? Any(*value) : Any();
  });
}

Any FunctionsAddIn::capaianrenstra(const Cells& realisasi, const Cells& targetAkhir, const Any& kondisiAwal,
                                   const Any& polaritas) {
  return guarded([&]() -> Any {
    const core::Polarity polarity = polarity_argument(polaritas);
    const auto actual = number_argument(value_of(realisasi), "realisasi");
    const auto end_target = number_argument(value_of(targetAkhir), "target_akhir");
    const auto baseline = number_argument(kondisiAwal, "kondisi_awal");
    if (!actual || !end_target) return Any();  // no data: #N/A
    const auto result = core::renstra_achievement(*actual, *end_target, baseline, polarity);
    if (!result) {
      bad_argument(baseline ? "capaian Renstra tidak dapat dihitung (target akhir sama dengan kondisi awal, atau "
                              "berlawanan arah dengan polaritas)"
                            : "capaian Renstra tidak dapat dihitung (target akhir 0)");
    }
    return Any(*result);
  });
}

Any FunctionsAddIn::efisiensi(const Cells& capaian, const Cells& serapan, const Any& batas) {
  return guarded([&]() -> Any {
    const auto achievement = number_argument(value_of(capaian), "capaian");
    const auto absorption = number_argument(value_of(serapan), "serapan");
    const auto margin = number_argument(batas, "batas").value_or(core::default_efficiency_margin);
    if (margin < 0) bad_argument("batas tidak boleh negatif");
    if (!achievement || !absorption) return Any();
    return Any(to_ou(core::label_of(core::efficiency(*achievement, *absorption, margin))));
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
