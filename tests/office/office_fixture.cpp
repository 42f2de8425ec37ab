#include "office_fixture.hpp"

#include <doctest/doctest.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "office/file_url.hpp"
#include "office/installation.hpp"
#include "office/profile.hpp"
#include "unobase/grid_io.hpp"
#include "unobase/strings.hpp"

namespace kinerja::test {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

rtl::OUString ou(const std::string& text) { return unobase::to_ou(text); }

std::string utf8(const rtl::OUString& text) { return unobase::to_utf8(text); }

css::uno::Any url_of(const std::filesystem::path& path) { return css::uno::Any(ou(office::file_url(path))); }

std::filesystem::path test_data(const std::string& file) {
  return std::filesystem::path(KINERJA_TEST_DATA_DIR) / file;
}

namespace {
const office::Session* started_session = nullptr;  // none until a test asks for the office
}  // namespace

std::filesystem::path office_program_dir() { return office::Installation::locate().program_dir; }

office::OfficeVersion installed_office_version() {
  const std::string command = "'" + (office_program_dir() / "soffice.bin").string() + "' --version 2>/dev/null";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string said;
  std::array<char, 256> buffer{};
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe) != nullptr) said += buffer.data();
  ::pclose(pipe);
  const std::string first_line = said.substr(0, said.find('\n'));
  INFO("soffice.bin --version: " << first_line);
  const office::OfficeVersion parsed = office::parse_version_line(first_line);
  REQUIRE_FALSE(parsed.version.empty());
  return parsed;
}

office::Session& office_session() {
  static office::Session session(office::session_options_from_environment(KINERJA_TEST_RDB, KINERJA_TEST_OXT));
  started_session = &session;
  return session;
}

namespace {

// The last `count` lines of a file.
std::string last_lines(const std::filesystem::path& file, std::size_t count) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
    if (lines.size() > count) lines.erase(lines.begin());
  }
  std::string text;
  for (const std::string& line : lines) text += "  " + line + "\n";
  return text.empty() ? std::string("  (nothing)\n") : text;
}

// When a test fails because the office died under it ("Binary URP bridge disposed"), the
// test's own messages do not say why: this prints how the office ended and the end of its own
// output, once.
struct OfficeDeathListener : doctest::IReporter {
  explicit OfficeDeathListener(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
    if (!stats.testCaseSuccess) report();
  }
  void test_case_exception(const doctest::TestCaseException&) override { report(); }
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}

  void report() {
    if (reported_ || started_session == nullptr) return;
    // A dying office may still be writing its core: give it a moment.
    const std::optional<int> code = started_session->ended(std::chrono::seconds(3));
    if (!code) return;
    reported_ = true;
    std::string how = "exit code " + std::to_string(*code);
    if (*code > 128) how = "signal " + std::to_string(*code - 128) + " (" + ::strsignal(*code - 128) + ")";
    std::cerr << "\n*** The test office (pid " << started_session->pid() << ") has ended: " << how
              << ". The end of its own output (" << started_session->log_file().string() << "):\n"
              << last_lines(started_session->log_file(), 40) << std::flush;
  }

  bool reported_ = false;
};

REGISTER_LISTENER("office-death", 1, OfficeDeathListener);

}  // namespace

Workbook::Workbook(Reference<css::lang::XComponent> component) : component_(std::move(component)) {
  if (!component_.is()) throw std::runtime_error("the office returned no document");
}

Workbook::~Workbook() {
  if (!component_.is()) return;
  try {
    Reference<css::util::XCloseable>(component_, UNO_QUERY_THROW)->close(true);
  } catch (...) {
  }
}

namespace {

Reference<css::lang::XComponent> load_hidden(const std::string& url, bool is_hidden = true) {
  css::beans::PropertyValue hidden;
  hidden.Name = "Hidden";
  hidden.Value <<= is_hidden;
  return css::frame::Desktop::create(office_session().context())
      ->loadComponentFromURL(ou(url), "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(&hidden, 1));
}

}  // namespace

Workbook Workbook::create() { return Workbook(load_hidden("private:factory/scalc")); }

Workbook Workbook::load(const std::filesystem::path& file, bool hidden) {
  return Workbook(load_hidden(office::file_url(file), hidden));
}

Reference<css::sheet::XSpreadsheet> Workbook::sheet(int index) const {
  Reference<css::sheet::XSpreadsheetDocument> document(component_, UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
}

Reference<css::table::XCell> Workbook::cell(const std::string& a1, int sheet_index) const {
  Reference<css::table::XCellRange> range = sheet(sheet_index)->getCellRangeByName(ou(a1));
  return range->getCellByPosition(0, 0);
}

void Workbook::recalculate() const {
  Reference<css::sheet::XCalculatable>(component_, UNO_QUERY_THROW)->calculateAll();
}

void Workbook::store_as(const std::filesystem::path& file, const std::string& filter) const {
  css::beans::PropertyValue filter_name;
  filter_name.Name = "FilterName";
  filter_name.Value <<= ou(filter);
  Reference<css::frame::XStorable>(component_, UNO_QUERY_THROW)
      ->storeToURL(ou(office::file_url(file)), css::uno::Sequence<css::beans::PropertyValue>(&filter_name, 1));
}

FormulaValue evaluate(Workbook& workbook, const std::string& formula) {
  Reference<css::table::XCell> cell = workbook.cell("A1");
  cell->setFormula(ou(formula));
  workbook.recalculate();
  FormulaValue value;
  value.error = cell->getError();
  value.number = cell->getValue();
  value.text = utf8(Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString());
  return value;
}

CliRun run_cli(const std::vector<std::string>& arguments, const std::vector<std::string>& environment) {
  const std::filesystem::path dir = office::make_temp_dir("kinerja-cli-test");
  const std::string out_path = (dir / "out").string();
  const std::string err_path = (dir / "err").string();
  std::vector<std::string> storage = {KINERJA_TEST_CLI};
  storage.insert(storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_storage = environment;
  std::vector<char*> envp;
  for (std::string& s : env_storage) envp.push_back(s.data());

  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    for (char* assignment : envp) ::putenv(assignment);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  CliRun run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  const auto slurp = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  };
  run.out = slurp(out_path);
  run.err = slurp(err_path);
  std::filesystem::remove_all(dir);
  return run;
}

// The office's UI locale ("en-US", "id", ...): its setting, else en-US, the locale of an office
// without a language pack.
std::string ui_locale() {
  Reference<css::lang::XMultiServiceFactory> provider(
      office_session().create("com.sun.star.configuration.ConfigurationProvider"), css::uno::UNO_QUERY_THROW);
  css::beans::NamedValue path;
  path.Name = "nodepath";
  path.Value <<= rtl::OUString("/org.openoffice.Setup/L10N");
  css::uno::Sequence<css::uno::Any> arguments(1);
  arguments.getArray()[0] <<= path;
  Reference<css::container::XNameAccess> l10n(
      provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
      css::uno::UNO_QUERY_THROW);
  rtl::OUString locale;
  l10n->getByName("ooLocale") >>= locale;
  return locale.isEmpty() ? std::string("en-US") : utf8(locale);
}


kinerja::core::Language office_language() {
  const std::string locale = ui_locale();
  return kinerja::core::language_of(locale.substr(0, locale.find('-')));
}

std::string say(const kinerja::core::LocalizedText& text) { return std::string(text.in(office_language())); }

std::string say(std::string_view indonesian, std::string_view english) {
  return std::string(office_language() == kinerja::core::Language::english ? english : indonesian);
}

css::frame::DispatchResultEvent dispatch(const Workbook& book, const std::string& url,
                                         const css::uno::Sequence<css::beans::PropertyValue>& arguments) {
  Reference<css::frame::XModel> model(book.component(), UNO_QUERY_THROW);
  Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
  css::frame::DispatchResultEvent event;
  REQUIRE((css::frame::DispatchHelper::create(office_session().context())
               ->executeDispatch(frame, ou(url), "", 0, arguments) >>= event));
  return event;
}

void office_command(const Workbook& book, const std::string& url) {
  Reference<css::frame::XModel> model(book.component(), UNO_QUERY_THROW);
  Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
  css::frame::DispatchHelper::create(office_session().context())->executeDispatch(frame, ou(url), "", 0, {});
}

css::beans::PropertyValue argument(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

kinerja::core::Grid sheet_grid(const Workbook& book, std::string_view name) {
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), css::uno::UNO_QUERY_THROW);
  return kinerja::unobase::read_sheet(kinerja::unobase::sheet_named(document, name), std::string(name));
}

std::vector<std::string> sheet_names(const Workbook& book) {
  return kinerja::unobase::sheet_names(Reference<css::sheet::XSpreadsheetDocument>(book.component(), css::uno::UNO_QUERY_THROW));
}

std::string active_sheet(const Workbook& book) {
  Reference<css::frame::XModel> model(book.component(), css::uno::UNO_QUERY_THROW);
  Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), css::uno::UNO_QUERY_THROW);
  return utf8(Reference<css::container::XNamed>(view->getActiveSheet(), css::uno::UNO_QUERY_THROW)->getName());
}

std::string message_of(const css::frame::DispatchResultEvent& event) {
  rtl::OUString message;
  event.Result >>= message;
  return utf8(message);
}

}  // namespace kinerja::test

// UNO exceptions are not std::exceptions: let doctest print their message.
REGISTER_EXCEPTION_TRANSLATOR(const css::uno::Exception& e) {
  return doctest::String(kinerja::test::utf8(e.Message).c_str());
}
