// Where a stored form opens: the view settings written into the files Calc stored.
#include <doctest/doctest.h>

#include "core/stored_view.hpp"

using namespace kinerja::core;

TEST_CASE("an xlsx worksheet's selection is moved to the form's first input cell") {
  // As Calc 7.4 writes it.
  const std::string calc = R"(<worksheet><sheetViews><sheetView tabSelected="true" topLeftCell="A1" workbookViewId="0">)"
                           R"(<selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView>)"
                           R"(</sheetViews><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>)";
  CHECK(xlsx_sheet_with_active_cell(calc, "G10") ==
        R"(<worksheet><sheetViews><sheetView tabSelected="true" topLeftCell="A1" workbookViewId="0">)"
        R"(<selection pane="topLeft" activeCell="G10" activeCellId="0" sqref="G10"/></sheetView>)"
        R"(</sheetViews><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>)");
  // No selection element: nothing to move, nothing changed (the cell A1 in the data stays).
  const std::string bare = R"(<worksheet><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>)";
  CHECK(xlsx_sheet_with_active_cell(bare, "G10") == bare);
}

TEST_CASE("an ods gets one view: the form's sheet, the cursor on its first input cell") {
  const std::string head = R"(<office:settings><config:config-item-set config:name="ooo:view-settings">)"
                           R"(<config:config-item config:name="VisibleAreaTop" config:type="int">0</config:config-item>)";
  const std::string tail = R"(</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">)"
                           R"(<config:config-item config:name="AutoCalculate" config:type="boolean">true</config:config-item>)"
                           R"(</config:config-item-set></office:settings>)";
  const std::string view =
      R"(<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>)"
      R"(<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>)"
      R"(<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="Formulir &amp; Co">)"
      R"(<config:config-item config:name="CursorPositionX" config:type="int">6</config:config-item>)"
      R"(<config:config-item config:name="CursorPositionY" config:type="int">9</config:config-item>)"
      R"(</config:config-item-map-entry></config:config-item-map-named>)"
      R"(<config:config-item config:name="ActiveTable" config:type="string">Formulir &amp; Co</config:config-item>)"
      R"(</config:config-item-map-entry></config:config-item-map-indexed>)";
  // Calc stored no view (a hidden document): ours is added at the end of the view settings.
  CHECK(ods_settings_with_cursor(head + tail, "Formulir & Co", 9, 6) == head + view + tail);
  // A view Calc stored is replaced, not doubled.
  const std::string old = R"(<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>)"
                          R"(<config:config-item config:name="ActiveTable" config:type="string">Identitas</config:config-item>)"
                          R"(</config:config-item-map-entry></config:config-item-map-indexed>)";
  CHECK(ods_settings_with_cursor(head + old + tail, "Formulir & Co", 9, 6) == head + view + tail);
  // No view settings at all: unchanged.
  CHECK(ods_settings_with_cursor("<office:settings/>", "Formulir", 9, 6) == "<office:settings/>");
}
