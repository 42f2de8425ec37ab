// The add-in's functions, as the office lists them (Function Wizard).
#include <doctest/doctest.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/sheet/XFunctionDescriptions.hpp>

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

TEST_CASE("every function of the catalog is in the office's function list, with its help") {
  for (const kinerja::core::FunctionInfo& info : kinerja::core::function_catalog()) {
    CAPTURE(info.display_name);
    const auto properties = describe(std::string(info.display_name));
    REQUIRE(properties.getLength() > 0);
    const std::string description = utf8(property<rtl::OUString>(properties, "Description"));
    // The office UI here is English; Indonesian is the default elsewhere.
    CHECK((description == info.description.en || description == info.description.id));
    const auto arguments = property<css::uno::Sequence<css::sheet::FunctionArgument>>(properties, "Arguments");
    REQUIRE(arguments.getLength() == static_cast<sal_Int32>(info.arguments.size()));
    for (sal_Int32 a = 0; a < arguments.getLength(); ++a) {
      const auto& expected = info.arguments[static_cast<std::size_t>(a)];
      const std::string name = utf8(arguments[a].Name);
      CHECK((name == expected.name.en || name == expected.name.id));
      CHECK_FALSE(arguments[a].Description.isEmpty());
    }
  }
}
