// The office tests' shared pieces: one headless LibreOffice per test process, with the real
// .oxt installed (a copy of the profile that CTest's fixture prepared, or a new one), and
// helpers to drive Calc through the API. If the office cannot start, the test fails.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/function_catalog.hpp"
#include "core/grid.hpp"
#include "office/office_version.hpp"
#include "office/session.hpp"

namespace kinerja::test {

// The session of this test process, started on first use, ended at exit.
office::Session& office_session();

rtl::OUString ou(const std::string& text);
std::string utf8(const rtl::OUString& text);

// Whether `part` occurs in `text`.
inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A file or folder's URL as a dispatch argument's value.
css::uno::Any url_of(const std::filesystem::path& path);

// A spreadsheet document opened or created in the test office, closed when destroyed.
class Workbook {
 public:
  static Workbook create();                                  // new, hidden
  static Workbook load(const std::filesystem::path& file, bool hidden = true);
  ~Workbook();
  Workbook(Workbook&&) = default;

  css::uno::Reference<css::sheet::XSpreadsheet> sheet(int index = 0) const;
  css::uno::Reference<css::table::XCell> cell(const std::string& a1, int sheet_index = 0) const;
  void recalculate() const;
  void store_as(const std::filesystem::path& file, const std::string& filter) const;
  const css::uno::Reference<css::lang::XComponent>& component() const { return component_; }

 private:
  explicit Workbook(css::uno::Reference<css::lang::XComponent> component);
  css::uno::Reference<css::lang::XComponent> component_;
};

// The result of one formula in a fresh cell after a full recalculation.
struct FormulaValue {
  double number = 0;
  std::string text;  // as Calc displays it (e.g. "Err:502", "#N/A")
  int error = 0;     // Calc's error code: 502 bad argument, 32767 #N/A
};
FormulaValue evaluate(Workbook& workbook, const std::string& formula);

// Runs the built CLI with arguments (and extra environment); its exit code and output.
struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
  double seconds = 0;
};
CliRun run_cli(const std::vector<std::string>& arguments,
               const std::vector<std::string>& environment = {});

std::filesystem::path test_data(const std::string& file);

// The office under test: its program folder (KINERJA_OFFICE_PROGRAM_DIR, else the build's), and
// its version as its own `soffice.bin --version` prints it, read without any session of ours.
std::filesystem::path office_program_dir();
kinerja::office::OfficeVersion installed_office_version();

// The office's UI locale ("en-US", "id", ...): its setting, else en-US, the locale of an
// office without a language pack.
std::string ui_locale();

// The language the menu speaks in this office (from its UI locale), and a text in it.
kinerja::core::Language office_language();
std::string say(const kinerja::core::LocalizedText& text);
// The words the test expects, written out in both languages: the one of this office.
std::string say(std::string_view indonesian, std::string_view english);

// Dispatches a menu command (org.kinerja:<Name>) on the workbook's frame, as Calc does from
// the menu; the command's outcome (its DispatchResultEvent; Result holds its message).
css::frame::DispatchResultEvent dispatch(const Workbook& book, const std::string& url,
                                         const css::uno::Sequence<css::beans::PropertyValue>& arguments = {});

// Runs one of the office's own commands (.uno:Undo) on the workbook's frame, as its menu does.
void office_command(const Workbook& book, const std::string& url);

// One dispatch argument.
css::beans::PropertyValue argument(const char* name, const css::uno::Any& value);

// The message of a dispatch outcome.
std::string message_of(const css::frame::DispatchResultEvent& event);

// An open workbook's sheet as a grid, its sheet names in order, the sheet in view.
kinerja::core::Grid sheet_grid(const Workbook& book, std::string_view name);
std::vector<std::string> sheet_names(const Workbook& book);
std::string active_sheet(const Workbook& book);

constexpr int err_illegal_argument = 502;
constexpr int err_not_available = 32767;

}  // namespace kinerja::test
