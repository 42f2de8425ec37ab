#include "unobase/stored_view_file.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/io/XSeekable.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/io/XTruncate.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <functional>
#include <vector>

#include "core/grid.hpp"
#include "core/stored_view.hpp"
#include "unobase/properties.hpp"

namespace kinerja::unobase {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
namespace element_modes = css::embed::ElementModes;

namespace {

// Rewrites one stream of a storage with what `edit` makes of its text.
void edit_stream(const Reference<css::embed::XStorage>& storage, const rtl::OUString& name,
                 const std::function<std::string(std::string)>& edit) {
  const Reference<css::io::XStream> stream = storage->openStreamElement(name, element_modes::READWRITE);
  const auto input = stream->getInputStream();
  std::string text;
  Sequence<sal_Int8> chunk;
  while (input->readBytes(chunk, 65536) > 0) text.append(reinterpret_cast<const char*>(chunk.getConstArray()), chunk.getLength());
  const std::string edited = edit(text);
  if (edited != text) {
    Reference<css::io::XSeekable>(stream, UNO_QUERY_THROW)->seek(0);
    Reference<css::io::XTruncate>(stream->getOutputStream(), UNO_QUERY_THROW)->truncate();
    const auto output = stream->getOutputStream();
    output->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(edited.data()), static_cast<sal_Int32>(edited.size())));
    output->closeOutput();
  }
  Reference<css::lang::XComponent>(stream, UNO_QUERY_THROW)->dispose();
}

void commit(const Reference<css::embed::XStorage>& storage) {
  Reference<css::embed::XTransactedObject>(storage, UNO_QUERY_THROW)->commit();
}

}  // namespace

void open_file_at(const Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                  core::FileFormat format, int sheet_index, const std::string& sheet_name, int row, int column) {
  const bool xlsx = format == core::FileFormat::xlsx;
  const Sequence<css::beans::PropertyValue> storage_options =
      properties({property("StorageFormat", Any(rtl::OUString(xlsx ? "OFOPXMLFormat" : "PackageFormat")))});
  const Any arguments[] = {Any(url), Any(element_modes::READWRITE), Any(storage_options)};
  // StorageFactory is a single-service factory, an interface the SDK marks deprecated: it is
  // still the documented way to open a package storage on a file.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  const Reference<css::embed::XStorage> root(
      css::embed::StorageFactory::create(context)->createInstanceWithArguments(Sequence<Any>(arguments, 3)),
      UNO_QUERY_THROW);
#pragma GCC diagnostic pop
  if (xlsx) {
    const auto workbook = root->openStorageElement("xl", element_modes::READWRITE);
    const auto worksheets = workbook->openStorageElement("worksheets", element_modes::READWRITE);
    const std::string cell = core::a1_address("", row, column);
    edit_stream(worksheets, "sheet" + rtl::OUString::number(sheet_index + 1) + ".xml",
                [&](std::string text) { return core::xlsx_sheet_with_active_cell(std::move(text), cell); });
    commit(worksheets);
    commit(workbook);
  } else {
    edit_stream(root, "settings.xml", [&](std::string text) {
      return core::ods_settings_with_cursor(std::move(text), sheet_name, row, column);
    });
  }
  commit(root);
  Reference<css::lang::XComponent>(root, UNO_QUERY_THROW)->dispose();
}

}  // namespace kinerja::unobase
