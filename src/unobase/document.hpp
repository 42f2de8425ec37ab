// Office documents that this code opens, creates or stores, and must close again whatever
// happens. Every load is hidden; other people's files are loaded read-only, with macros
// never executed and links never updated (docs/office-notes.md "Loading someone else's file").
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

#include "core/file_format.hpp"

namespace kinerja::unobase {

class OwnedDocument {
 public:
  explicit OwnedDocument(css::uno::Reference<css::lang::XComponent> component);
  ~OwnedDocument();  // closes the document (close(true)); never throws
  OwnedDocument(const OwnedDocument&) = delete;
  OwnedDocument& operator=(const OwnedDocument&) = delete;

  const css::uno::Reference<css::lang::XComponent>& get() const { return component_; }
  // Hands the document over to the caller (it will not be closed here).
  css::uno::Reference<css::lang::XComponent> release();

 private:
  css::uno::Reference<css::lang::XComponent> component_;
};

enum class LoadMode {
  untrusted,        // someone else's file: read-only, no macros, no link updates
  master_readonly,  // a master only read (this year's or an earlier one's): as untrusted
  editable,         // our own master: writable, no macros, no link updates
  as_template,      // a new untitled document from a template
};

// Loads a document hidden (or visible, for a template the user will work on). Throws
// RuntimeException with a sentence naming the file and what to do when it cannot be opened:
// an encrypted file is said to be one (to the bidang's sender, or for a master to save again
// without its password); LibreOffice's own words follow, shortened (core/office_words.hpp).
css::uno::Reference<css::lang::XComponent> load_document(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
    LoadMode mode, bool hidden = true);

// A new, hidden, empty spreadsheet.
css::uno::Reference<css::lang::XComponent> new_hidden_spreadsheet(
    const css::uno::Reference<css::uno::XComponentContext>& context);

// Loads a CSV file with LibreOffice's own import: UTF-8, comma or semicolon, every column as
// text (numbers are read by core, which knows the Indonesian formats).
css::uno::Reference<css::lang::XComponent> import_csv(
    const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url);

using core::FileFormat;

// Stores a copy of the document (storeToURL), overwriting `url`.
void store_document(const css::uno::Reference<css::lang::XComponent>& document, const rtl::OUString& url,
                    FileFormat format);

// Stores the document over the file at `url` (FileReplacement: a private temporary file next
// to it, its mode and owner kept, flushed, renamed over it, the previous one kept as .bak), so
// that a failure midway never leaves a half-written file.
void store_replacing(const css::uno::Reference<css::lang::XComponent>& document, const rtl::OUString& url);

// The file name at the end of a URL ("file:///a/b/PK.csv" -> "PK.csv"), decoded.
std::string file_name_of(const rtl::OUString& url);

// The local path of a file URL, for messages (the URL itself when it is no file URL).
std::string system_path(const rtl::OUString& url);
// And the file URL of a local path.
rtl::OUString file_url_of(const std::string& path);

}  // namespace kinerja::unobase
