// The add-in's functions, as the office lists them (Function Wizard).
#include <doctest/doctest.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XLocalizable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XFunctionDescriptions.hpp>

#include <string>
#include <utility>
#include <vector>

#include "office_fixture.hpp"
#include "core/function_catalog.hpp"

using namespace kinerja::test;
using css::uno::Reference;

namespace {

// name -> the function's properties (Name, Description, Arguments, ...), empty if absent.
css::uno::Sequence<css::beans::PropertyValue> describe(const std::string& name) {
  Reference<css::sheet::XFunctionDescriptions> descriptions(
      office_session().create("com.sun.star.sheet.FunctionDescriptions"), css::uno::UNO_QUERY_THROW);
  for (sal_Int32 i = 0; i < descriptions->getCount(); ++i) {
    css::uno::Sequence<css::beans::PropertyValue> properties;
    descriptions->getByIndex(i) >>= properties;
    for (const css::beans::PropertyValue& property : properties) {
      rtl::OUString value;
      if (property.Name == "Name" && (property.Value >>= value) && utf8(value) == name) return properties;
    }
  }
  return {};
}

template <typename T>
T property(const css::uno::Sequence<css::beans::PropertyValue>& properties, const char* name) {
  T value{};
  for (const css::beans::PropertyValue& p : properties) {
    if (p.Name.equalsAscii(name)) p.Value >>= value;
  }
  return value;
}

}  // namespace

TEST_CASE("every function of the catalog is in the office's function list, with its help in the UI's language") {
  const std::string locale = ui_locale();
  CAPTURE(locale);
  const kinerja::core::Language language = kinerja::core::language_of(locale.substr(0, locale.find('-')));
  for (const kinerja::core::FunctionInfo& info : kinerja::core::function_catalog()) {
    CAPTURE(info.display_name);
    const auto properties = describe(std::string(info.display_name));
    REQUIRE(properties.getLength() > 0);
    CHECK(utf8(property<rtl::OUString>(properties, "Description")) == info.description.in(language));
    const auto arguments = property<css::uno::Sequence<css::sheet::FunctionArgument>>(properties, "Arguments");
    REQUIRE(arguments.getLength() == static_cast<sal_Int32>(info.arguments.size()));
    for (sal_Int32 a = 0; a < arguments.getLength(); ++a) {
      const auto& expected = info.arguments[static_cast<std::size_t>(a)];
      CHECK(utf8(arguments[a].Name) == expected.name.in(language));
      CHECK(utf8(arguments[a].Description) == expected.description.in(language));
    }
  }
}

TEST_CASE("the add-in answers in the locale it is given: Indonesian, English for en, Indonesian otherwise") {
  Reference<css::sheet::XAddIn> addin(office_session().create("org.kinerja.Functions"), css::uno::UNO_QUERY_THROW);
  Reference<css::lang::XLocalizable> localizable(addin, css::uno::UNO_QUERY_THROW);
  const struct {
    css::lang::Locale locale;
    kinerja::core::Language language;
  } cases[] = {{css::lang::Locale("id", "ID", ""), kinerja::core::Language::indonesian},
               {css::lang::Locale("en", "US", ""), kinerja::core::Language::english},
               {css::lang::Locale("en", "GB", ""), kinerja::core::Language::english},
               {css::lang::Locale("fr", "FR", ""), kinerja::core::Language::indonesian}};
  for (const auto& c : cases) {
    CAPTURE(utf8(c.locale.Language));
    localizable->setLocale(c.locale);
    for (const kinerja::core::FunctionInfo& info : kinerja::core::function_catalog()) {
      const rtl::OUString method = ou(std::string(info.method));
      CAPTURE(info.method);
      CHECK(utf8(addin->getDisplayFunctionName(method)) == info.display_name);  // the same in every language
      CHECK(utf8(addin->getFunctionDescription(method)) == info.description.in(c.language));
      for (std::size_t a = 0; a < info.arguments.size(); ++a) {
        const sal_Int32 index = static_cast<sal_Int32>(a);
        CHECK(utf8(addin->getDisplayArgumentName(method, index)) == info.arguments[a].name.in(c.language));
        CHECK(utf8(addin->getArgumentDescription(method, index)) == info.arguments[a].description.in(c.language));
      }
    }
  }
}

TEST_CASE("the Function Wizard marks only the arguments a function can do without as optional") {
  // Written from the functions' definitions in docs/rules.md, not from the code.
  const std::vector<std::pair<std::string, std::vector<bool>>> expected = {
      {"CAPAIAN", {false, false, true, true}},         // realisasi; target; [polaritas]; [metode_negatif]
      {"PREDIKAT", {false, true}},                     // capaian; [skala]
      {"AGREGASI", {false, false, true}},              // nilai; metode; [sampai_tw]
      {"TARGET.SD", {false, false, false, true}},      // target_tw; sampai_tw; metode; [jenis_target]
      {"STATUS.KINERJA", {false, false, true, true}},  // realisasi; target; [polaritas]; [metode_negatif]
      {"ANGKA", {false}},                              // teks
  };
  for (const auto& [name, optional] : expected) {
    CAPTURE(name);
    const auto properties = describe(name);
    REQUIRE(properties.getLength() > 0);
    const auto arguments = property<css::uno::Sequence<css::sheet::FunctionArgument>>(properties, "Arguments");
    REQUIRE(arguments.getLength() == static_cast<sal_Int32>(optional.size()));
    for (sal_Int32 a = 0; a < arguments.getLength(); ++a) {
      CAPTURE(a);
      CHECK(static_cast<bool>(arguments[a].IsOptional) == optional[static_cast<std::size_t>(a)]);
    }
  }
}
