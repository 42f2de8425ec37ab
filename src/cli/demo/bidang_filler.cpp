#include "cli/demo/bidang_filler.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdlib>

#include "cli/engine_client.hpp"
#include "core/form.hpp"
#include "office/file_url.hpp"
#include "uno/properties.hpp"

namespace kinerja::cli {

using css::uno::Any;
using uno::property;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

class Document {
 public:
  Document(const Reference<css::uno::XComponentContext>& context, const std::filesystem::path& file,
           const std::vector<css::beans::PropertyValue>& extra) {
    std::vector<css::beans::PropertyValue> properties = {property("Hidden", Any(true))};
    properties.insert(properties.end(), extra.begin(), extra.end());
    component_ = css::frame::Desktop::create(context)->loadComponentFromURL(
        to_ou(office::file_url(file)), "_blank", 0,
        Sequence<css::beans::PropertyValue>(properties.data(), static_cast<sal_Int32>(properties.size())));
    if (!component_.is()) throw std::runtime_error("cannot open " + file.string());
  }
  ~Document() {
    try {
      Reference<css::util::XCloseable>(component_, UNO_QUERY_THROW)->close(true);
    } catch (...) {
    }
  }
  Reference<css::sheet::XSpreadsheet> sheet(const char* name) const {
    Reference<css::sheet::XSpreadsheetDocument> document(component_, UNO_QUERY_THROW);
    if (name == nullptr) {
      return Reference<css::sheet::XSpreadsheet>(
          Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)->getByIndex(0), UNO_QUERY_THROW);
    }
    return Reference<css::sheet::XSpreadsheet>(document->getSheets()->getByName(rtl::OUString::createFromAscii(name)),
                                               UNO_QUERY_THROW);
  }
  const Reference<css::lang::XComponent>& component() const { return component_; }

 private:
  Reference<css::lang::XComponent> component_;
};

std::string text_of(const Any& value) {
  rtl::OUString text;
  double number = 0;
  if (value >>= text) return to_utf8(text);
  if (value >>= number) return std::to_string(static_cast<long long>(number));
  return {};
}

}  // namespace

std::vector<SampleActual> read_sample_actuals(const Reference<css::uno::XComponentContext>& context,
                                              const std::filesystem::path& csv) {
  Document document(context, csv,
                    {property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
                     property("FilterOptions", Any(rtl::OUString("44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2")))});
  const auto sheet = document.sheet(nullptr);
  Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByName("A2:H1000"), UNO_QUERY_THROW);
  std::vector<SampleActual> actuals;
  for (const Sequence<Any>& row : data->getDataArray()) {
    if (text_of(row[3]).empty()) continue;
    actuals.push_back({text_of(row[0]), std::atoi(text_of(row[2]).c_str()), text_of(row[3]), text_of(row[4]),
                       text_of(row[5]), text_of(row[6]), text_of(row[7])});
  }
  return actuals;
}

void fill_in_office(const Reference<css::uno::XComponentContext>& context, const std::filesystem::path& form,
                    const std::filesystem::path& out, const std::vector<SampleActual>& entries) {
  Document document(context, form, {});
  const auto sheet = document.sheet("Formulir");
  namespace layout = core::form_layout;
  const int first = layout::first_data_row;
  Reference<css::sheet::XCellRangeData> codes(sheet->getCellRangeByPosition(0, first, 0, first + 199), UNO_QUERY_THROW);
  const Sequence<Sequence<Any>> code_column = codes->getDataArray();
  for (sal_Int32 r = 0; r < code_column.getLength(); ++r) {
    const std::string code = text_of(code_column[r][0]);
    if (code.empty()) break;
    for (const SampleActual& entry : entries) {
      if (entry.code != code) continue;
      // What a person types: the number, and the texts.
      Sequence<Any> cells(4);
      cells.getArray()[0] <<= std::strtod(entry.value.c_str(), nullptr);
      cells.getArray()[1] <<= to_ou(entry.obstacle);
      cells.getArray()[2] <<= to_ou(entry.follow_up);
      cells.getArray()[3] <<= to_ou(entry.evidence);
      Reference<css::sheet::XCellRangeData>(
          sheet->getCellRangeByPosition(layout::realisasi_column, first + r, layout::realisasi_column + 3, first + r),
          UNO_QUERY_THROW)
          ->setDataArray(Sequence<Sequence<Any>>(&cells, 1));
    }
  }
  css::beans::PropertyValue filter = property("FilterName", Any(rtl::OUString("calc8")));
  Reference<css::frame::XStorable>(document.component(), UNO_QUERY_THROW)
      ->storeToURL(to_ou(office::file_url(out)), Sequence<css::beans::PropertyValue>(&filter, 1));
}

bool fill_in_excel_style(const std::filesystem::path& filler, const std::filesystem::path& form,
                         const std::filesystem::path& out, const std::vector<SampleActual>& entries) {
  if (std::system("/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1") != 0) return false;
  const auto quoted = [](const std::string& text) {
    std::string quoted_text = "'";
    for (char c : text) quoted_text += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted_text + "'";
  };
  std::string command = "/usr/bin/python3 " + quoted(filler.string()) + " " + quoted(form.string()) + " " + quoted(out.string());
  for (const SampleActual& entry : entries) command += " " + quoted(entry.code + "=" + entry.value + "|" + entry.obstacle);
  return std::system(command.c_str()) == 0;
}

}  // namespace kinerja::cli
