#include "uno/engine/form_emails.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/email.hpp"
#include "core/form.hpp"
#include "core/menu_texts.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "uno/clock.hpp"
#include "uno/engine/deliveries_sheet.hpp"
#include "uno/engine/master_builder.hpp"
#include "uno/engine/operations.hpp"
#include "uno/engine/system_mail.hpp"
#include "uno/sheets/bulk_edit.hpp"
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

// The form's file in the folder: .xlsx when made (every spreadsheet program opens it), else .ods.
struct FormFile {
  fs::path path;
  std::string content_type;
};

std::optional<FormFile> form_file_in(const fs::path& forms_dir, const core::Form& form) {
  std::error_code error;
  for (const char* extension : {"xlsx", "ods"}) {
    const fs::path file = forms_dir / core::form_file_name(form, extension);
    if (fs::is_regular_file(file, error)) {
      return FormFile{file, std::string(extension) == "xlsx"
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "application/vnd.oasis.opendocument.spreadsheet"};
    }
  }
  return std::nullopt;
}

// The working quarter for a request of it; the refusal of a period that is none.
std::optional<core::Message> resolve_period(core::FormPeriod& period, const core::MasterInfo& info) {
  if (period.month != 0) {
    if (!core::is_month(period.month)) return core::outcome::forms_no_such_month(period.month);
    return std::nullopt;
  }
  if (period.quarter == core::working_quarter_request) period.quarter = core::working_quarter(info, today());
  if (!core::is_quarter(period.quarter)) return core::outcome::no_quarter(period.quarter);
  return std::nullopt;
}

core::Problem form_missing(const core::Form& form, const fs::path& forms_dir) {
  return {core::Severity::error, "Formulir " + core::form_file_name(form, "xlsx") + " tidak ada di folder itu.", {},
          forms_dir.string()};
}

core::Problem without_address(const core::Form& form, const std::string& master_name) {
  return {core::Severity::warning,
          "Surel " + form.identity.division + " belum diisi di Pengaturan (Kontak Bidang): pesan tanpa penerima.",
          std::string(core::master_layout::settings), master_name};
}

}  // namespace

org::kinerja::OperationResult write_form_emails(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                                const std::string& master_name, core::FormPeriod period,
                                                const rtl::OUString& forms_dir_url, const rtl::OUString& eml_dir_url,
                                                bool overwrite) {
  ResultBuilder result;
  const MasterReading reading = read_master(master, master_name);
  result.add(reading.problems);
  if (result.has_errors()) return result.finish(false, core::outcome::emails_not_made(master_name));
  if (const auto refused = resolve_period(period, reading.settings.info)) return result.finish(false, *refused);
  const fs::path forms_dir(system_path(forms_dir_url));
  const fs::path eml_dir(system_path(eml_dir_url));
  std::error_code error;
  fs::create_directories(eml_dir, error);
  const core::MasterSettings& settings = reading.settings;
  int written = 0, no_address = 0;
  for (const core::Form& form : core::make_forms(reading.agreement, reading.settings.info, period)) {
    const fs::path target = eml_dir / core::form_email_file_name(form);
    if (!overwrite && fs::exists(target, error)) {
      result.add({core::Severity::error, "Pesan sudah ada dan tidak ditimpa.", {}, target.string()});
      continue;
    }
    const auto file = form_file_in(forms_dir, form);
    auto bytes = file ? bytes_of(file->path) : std::nullopt;
    if (!bytes) {
      result.add(form_missing(form, forms_dir));
      continue;
    }
    const core::Email email = core::form_email(
        form, settings, {file->path.filename().string(), file->content_type, std::move(*bytes)}, today());
    if (auto refusal = core::unsendable(email, form.identity.division, core::contact_of(settings, form.identity.division))) {
      refusal->file = master_name;
      result.add(*refusal);
      continue;
    }
    if (email.to_address.empty()) {
      ++no_address;
      result.add(without_address(form, master_name));
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
                       core::outcome::emails_made(written, core::outcome::period_named(period, reading.settings.info.year), no_address,
                                                  eml_dir.string()));
}

org::kinerja::OperationResult open_form_emails(const css::uno::Reference<css::uno::XComponentContext>& context,
                                               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                                               const std::string& master_name, core::FormPeriod period,
                                               const rtl::OUString& forms_dir_url) {
  ResultBuilder result;
  const MasterData data = read_master_data(master, master_name);
  const MasterReading& reading = data.master;
  result.add(reading.problems);
  if (result.has_errors()) return result.finish(false, core::outcome::emails_not_opened(master_name));
  if (const auto refused = resolve_period(period, reading.settings.info)) return result.finish(false, *refused);
  const fs::path forms_dir(system_path(forms_dir_url));
  const std::vector<core::Form> forms = core::make_forms(reading.agreement, reading.settings.info, period);

  // A folder without any of the quarter's forms gets them first (.xlsx), as Buat Formulir Bidang makes them.
  bool made = false;
  if (std::none_of(forms.begin(), forms.end(), [&](const core::Form& f) { return form_file_in(forms_dir, f).has_value(); })) {
    const org::kinerja::OperationResult making =
        make_forms(context, master, master_name, period, forms_dir_url, {core::FileFormat::xlsx},
                   std::string(core::find_menu_command("SendForms")->title.id), [](const std::vector<std::string>&) { return false; });
    if (!making.Success) return making;
    made = true;
  }

  std::optional<SystemMail> mail;
  try {
    mail.emplace(context);
  } catch (const css::uno::Exception& e) {
    return result.finish(false, core::outcome::no_mail_program(to_utf8(e.Message)));
  }
  const core::Message period_words = core::outcome::period_named(period, reading.settings.info.year);
  // Every message is checked before the first opens: one the mail service may not be handed
  // (it builds a command line) is named and skipped.
  struct Ready {
    const core::Form& form;
    fs::path file;
    core::PlainMail mail;
  };
  std::vector<Ready> ready;
  for (const core::Form& form : forms) {
    const auto file = form_file_in(forms_dir, form);
    if (!file) {
      result.add(form_missing(form, forms_dir));
      continue;
    }
    const core::Email email = core::form_email(form, reading.settings, {file->path.filename().string(), file->content_type, {}}, today());
    if (auto refusal = core::unsendable(email, form.identity.division,
                                        core::contact_of(reading.settings, form.identity.division))) {
      refusal->file = master_name;
      result.add(*refusal);
      continue;
    }
    ready.push_back({form, file->path, *core::plain_mail(email)});
  }
  int opened = 0, no_address = 0;
  std::optional<core::Message> failure;
  std::vector<core::SentForm> sent;
  for (const Ready& message : ready) {
    const core::Form& form = message.form;
    try {
      mail->compose(message.mail, {file_url_of(message.file.string())});
    } catch (const css::uno::Exception& e) {  // no mail program: the next bidang would fail alike
      failure = core::outcome::no_mail_program(to_utf8(e.Message));
      if (made) failure = *failure + core::outcome::forms_ready_in(period_words, forms_dir.string());
      break;
    }
    ++opened;
    if (message.mail.to_address.empty()) {
      ++no_address;
      result.add(without_address(form, master_name));
    }
    result.add_file(message.file.string());
    sent.push_back({form.identity.division, form.identity.quarter, today(), period.month});
  }

  // Status Kiriman notes the day each form went out (those before a failure too): one undo step.
  if (!sent.empty()) {
    const DeliveriesRefill deliveries =
        deliveries_refill(master, reading.agreement, data.actuals, reading.settings.info, {}, sent);
    BulkEdit edit(css::uno::Reference<css::frame::XModel>(master, css::uno::UNO_QUERY_THROW),
                  to_ou(std::string(core::find_menu_command("SendForms")->title.id)));
    edit.write(deliveries.sheet, deliveries.grid, 0, 0, deliveries.rows_to_clear);
    edit.commit();
    style_deliveries(deliveries);
  }
  if (failure) return result.finish(opened > 0, *failure);
  return result.finish(opened > 0 || forms.empty(),
                       core::outcome::emails_opened(opened, period_words, no_address, made, forms_dir.string()));
}

}  // namespace kinerja::uno
