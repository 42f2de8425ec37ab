#include "uno/engine/form_emails.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/email.hpp"
#include "core/form.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "uno/clock.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operation_result.hpp"
#include "unobase/document.hpp"
#include "unobase/strings.hpp"

namespace kinerja::uno {

using namespace unobase;

namespace {

namespace fs = std::filesystem;

std::optional<std::string> bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

org::kinerja::OperationResult write_form_emails(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                                const std::string& master_name, int quarter,
                                                const rtl::OUString& forms_dir_url, const rtl::OUString& eml_dir_url,
                                                bool overwrite) {
  ResultBuilder result;
  const MasterReading reading = read_master(master, master_name);
  result.add(reading.problems);
  if (result.has_errors()) return result.finish(false, core::outcome::emails_not_made(master_name));
  if (quarter == core::working_quarter_request) quarter = core::working_quarter(reading.settings.info, today());
  if (!core::is_quarter(quarter)) return result.finish(false, core::outcome::no_quarter(quarter));
  const fs::path forms_dir(system_path(forms_dir_url));
  const fs::path eml_dir(system_path(eml_dir_url));
  std::error_code error;
  fs::create_directories(eml_dir, error);
  const core::MasterSettings& settings = reading.settings;
  int written = 0, without_address = 0;
  for (const core::Form& form : core::make_forms(reading.agreement, reading.settings.info, quarter)) {
    const fs::path target = eml_dir / core::form_email_file_name(form);
    if (!overwrite && fs::exists(target, error)) {
      result.add({core::Severity::error, "Pesan sudah ada dan tidak ditimpa.", {}, target.string()});
      continue;
    }
    core::EmailAttachment attachment;
    for (const char* extension : {"xlsx", "ods"}) {
      const fs::path file = forms_dir / core::form_file_name(form, extension);
      if (auto bytes = bytes_of(file)) {
        attachment = {file.filename().string(),
                      std::string(extension) == "xlsx"
                          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                          : "application/vnd.oasis.opendocument.spreadsheet",
                      std::move(*bytes)};
        break;
      }
    }
    if (attachment.file_name.empty()) {
      result.add({core::Severity::error, "Formulir " + core::form_file_name(form, "xlsx") + " tidak ada di folder itu.",
                  {}, forms_dir.string()});
      continue;
    }
    const core::Email email = core::form_email(form, settings, std::move(attachment), today());
    if (email.to_address.empty()) {
      ++without_address;
      result.add({core::Severity::warning,
                  "Surel " + form.identity.division + " belum diisi di Pengaturan (Kontak Bidang): pesan tanpa penerima.",
                  std::string(core::master_layout::settings), master_name});
    }
    std::ofstream out(target, std::ios::binary);
    out << core::eml_text(email);
    if (!out) {
      result.add({core::Severity::error, "Pesan tidak dapat ditulis.", {}, target.string()});
      continue;
    }
    result.add_file(target.string());
    ++written;
  }
  return result.finish(!result.has_errors() || written > 0,
                       core::outcome::emails_made(written, quarter, reading.settings.info.year, without_address,
                                                  eml_dir.string()));
}

}  // namespace kinerja::uno
