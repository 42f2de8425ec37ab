// The Kinerja menu's commands, dispatched as Calc would, headless (it must not block).
#include <doctest/doctest.h>

#include <com/sun/star/graphic/XGraphic.hpp>

#include <com/sun/star/deployment/XPackage.hpp>

#include <com/sun/star/deployment/ExtensionManager.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include "core/menu_texts.hpp"
#include "core/version.hpp"
#include "office_fixture.hpp"

using namespace kinerja::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;


TEST_CASE("org.kinerja:About answers with the name and version, headless, without blocking") {
  Workbook book = Workbook::create();
  const css::frame::DispatchResultEvent event = dispatch(book, "org.kinerja:About");
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  rtl::OUString message;
  REQUIRE((event.Result >>= message));
  const std::string text = utf8(message);
  CHECK(text.find(std::string("Kinerja ") + kinerja::version) == 0);
  CHECK(text.find("Pengumpulan data kinerja") != std::string::npos);
}

TEST_CASE("an unknown org.kinerja: command fails cleanly and the office stays up") {
  Workbook book = Workbook::create();
  const css::frame::DispatchResultEvent event = dispatch(book, "org.kinerja:TidakAda");
  CHECK(event.State == css::frame::DispatchResultState::FAILURE);
  rtl::OUString message;
  REQUIRE((event.Result >>= message));
  CHECK(utf8(message) == say(kinerja::core::menu_text::unknown_command) + ": TidakAda");
  CHECK(evaluate(book, "=CAPAIAN(80;100)").number == 80);
}

TEST_CASE("the Extension Manager shows Kinerja with its name and its icon") {
  const auto manager = css::deployment::ExtensionManager::get(office_session().context());
  Reference<css::deployment::XPackage> kinerja;
  for (const auto& package : manager->getDeployedExtensions("user", {}, {})) {
    if (package.is() && package->getIdentifier().Value == "org.kinerja.calc") kinerja = package;
  }
  REQUIRE(kinerja.is());
  CHECK(utf8(kinerja->getDisplayName()).rfind("Kinerja: ", 0) == 0);
  CHECK(kinerja->getIcon(false).is());  // images/kinerja.png, named in description.xml
}
