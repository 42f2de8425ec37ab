#include "unobase/document.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>
#include <rtl/uri.hxx>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <vector>

#include "core/encrypted_file.hpp"
#include "core/office_words.hpp"
#include "unobase/encrypted_document.hpp"
#include "unobase/file_replacement.hpp"
#include "unobase/properties.hpp"
#include "unobase/strings.hpp"

namespace kinerja::unobase {

using css::beans::PropertyValue;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

Sequence<PropertyValue> sequence_of(const std::vector<PropertyValue>& properties) {
  Sequence<PropertyValue> out(static_cast<sal_Int32>(properties.size()));
  std::copy(properties.begin(), properties.end(), out.getArray());
  return out;
}

// Whose file a load is about, for the sentence that refuses it.
enum class Whose { submission, master, ours };

Whose whose_for(LoadMode mode) {
  switch (mode) {
    case LoadMode::untrusted: return Whose::submission;
    case LoadMode::master_readonly:
    case LoadMode::editable: return Whose::master;
    case LoadMode::as_template: break;
  }
  return Whose::ours;
}

// The sentence for a file that did not open; `office_words`: LibreOffice's, when it threw.
rtl::OUString load_refusal(const Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                           Whose whose, const rtl::OUString& office_words) {
  const std::string name = file_name_of(url);
  if (whose != Whose::ours && is_encrypted_document(context, url)) {
    return to_ou(core::encrypted_file_refusal(name, whose == Whose::master));
  }
  const std::string what_to_do = whose == Whose::submission ? "minta bidang mengirim ulang."
                                 : whose == Whose::master   ? "periksa berkasnya, atau pakai salinan sebelumnya (" + name + ".bak)."
                                                            : "pasang ulang ekstensi Kinerja.";
  return to_ou(core::with_office_words("Berkas " + name + " tidak dapat dibuka (rusak, bersandi, atau bukan lembar kerja): " +
                                           what_to_do,
                                       to_utf8(office_words)));
}

Reference<css::lang::XComponent> load(const Reference<css::uno::XComponentContext>& context,
                                      const rtl::OUString& url, const std::vector<PropertyValue>& properties,
                                      Whose whose) {
  Reference<css::lang::XComponent> document;
  try {
    document = css::frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0,
                                                                          sequence_of(properties));
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(load_refusal(context, url, whose, e.Message));
  }
  if (!document.is()) throw css::uno::RuntimeException(load_refusal(context, url, whose, {}));
  return document;
}

}  // namespace

OwnedDocument::OwnedDocument(Reference<css::lang::XComponent> component) : component_(std::move(component)) {}

OwnedDocument::~OwnedDocument() {
  if (!component_.is()) return;
  try {
    Reference<css::util::XCloseable> closeable(component_, css::uno::UNO_QUERY);
    if (closeable.is()) {
      closeable->close(true);
    } else {
      component_->dispose();
    }
  } catch (...) {  // already closed or disposed by someone else: nothing left to do
  }
}

Reference<css::lang::XComponent> OwnedDocument::release() {
  Reference<css::lang::XComponent> out = component_;
  component_.clear();
  return out;
}

Reference<css::lang::XComponent> load_document(const Reference<css::uno::XComponentContext>& context,
                                               const rtl::OUString& url, LoadMode mode, bool hidden) {
  std::vector<PropertyValue> properties = {
      property("Hidden", Any(hidden)),
      property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
      property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
  };
  if (mode == LoadMode::untrusted || mode == LoadMode::master_readonly) properties.push_back(property("ReadOnly", Any(true)));
  if (mode == LoadMode::as_template) properties.push_back(property("AsTemplate", Any(true)));
  return load(context, url, properties, whose_for(mode));
}

Reference<css::lang::XComponent> new_hidden_spreadsheet(const Reference<css::uno::XComponentContext>& context) {
  return load(context, "private:factory/scalc", {property("Hidden", Any(true))}, Whose::ours);
}

namespace {

// The field separator of a CSV file, from its first line: semicolon (as Excel writes CSV in
// locales with a decimal comma), tab, or comma. Only the first line is looked at; the file
// itself is read by LibreOffice's import.
const char* csv_separator(const rtl::OUString& url) {
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return "44";
  std::ifstream in(to_utf8(path), std::ios::binary);
  std::string line;
  std::getline(in, line);
  const auto count = [&](char c) { return std::count(line.begin(), line.end(), c); };
  if (count(';') > count(',') && count(';') >= count('\t')) return "59";
  if (count('\t') > count(',')) return "9";
  return "44";
}

}  // namespace

Reference<css::lang::XComponent> import_csv(const Reference<css::uno::XComponentContext>& context,
                                            const rtl::OUString& url) {
  // The sniffed separator, '"' quotes, UTF-8 (76), from line 1, columns 1-64 as text
  // (format 2), quoted fields as text, no special-number detection.
  std::string columns;
  for (int c = 1; c <= 64; ++c) columns += (c > 1 ? "/" : "") + std::to_string(c) + "/2";
  const rtl::OUString options =
      to_ou(std::string(csv_separator(url)) + ",34,76,1," + columns + ",1033,true,false");
  return load(context, url,
              {property("Hidden", Any(true)), property("ReadOnly", Any(true)),
               property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
               property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))),
               property("FilterOptions", Any(options))},
              Whose::submission);
}

void store_document(const Reference<css::lang::XComponent>& document, const rtl::OUString& url,
                    FileFormat format) {
  const rtl::OUString filter = format == FileFormat::ods ? rtl::OUString("calc8")
                                                         : rtl::OUString("Calc MS Excel 2007 XML");
  Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY_THROW);
  try {
    storable->storeToURL(url, sequence_of({property("FilterName", Any(filter)), property("Overwrite", Any(true))}));
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(to_ou(core::with_office_words(
        "Berkas " + file_name_of(url) + " tidak dapat disimpan: periksa bahwa foldernya ada, boleh ditulisi, dan disknya "
        "tidak penuh.",
        to_utf8(e.Message))));
  }
}

void store_replacing(const Reference<css::lang::XComponent>& document, const rtl::OUString& url) {
  try {
    FileReplacement replacement{std::filesystem::path(system_path(url))};
    store_document(document, file_url_of(replacement.temporary().string()), FileFormat::ods);
    replacement.commit();
  } catch (const std::exception& e) {
    throw css::uno::RuntimeException("Buku induk " + to_ou(file_name_of(url)) + " tidak dapat diganti: " +
                                     to_ou(e.what()));
  }
}

std::string file_name_of(const rtl::OUString& url) {
  const sal_Int32 slash = url.lastIndexOf('/');
  const rtl::OUString name = slash < 0 ? url : url.copy(slash + 1);
  return to_utf8(rtl::Uri::decode(name, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
}

rtl::OUString file_url_of(const std::string& path) {
  rtl::OUString url;
  osl::FileBase::getFileURLFromSystemPath(to_ou(path), url);
  return url;
}

std::string system_path(const rtl::OUString& url) {
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return to_utf8(url);
  return to_utf8(path);
}

}  // namespace kinerja::unobase
