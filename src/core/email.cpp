#include "core/email.hpp"

#include <algorithm>

#include "core/mail_fields.hpp"
#include "core/master_layout.hpp"
#include "core/period.hpp"

namespace kinerja::core {
namespace {

// Printable ASCII that no decoder would take for an encoded word, short enough for one line.
bool plain_header_text(std::string_view text) {
  for (char c : text) {
    if (c < 0x20 || c > 0x7E) return false;
  }
  return text.find("=?") == std::string_view::npos && text.size() <= 900;
}

// RFC 2047 encoded words ("=?UTF-8?B?...?="), each of at most 72 characters and whole UTF-8
// characters, folded onto lines of their own. Whatever the text holds (line breaks, quotes,
// commas, angle brackets), nothing of it can end the header or add an address.
std::string encoded_words(std::string_view text) {
  constexpr std::size_t chunk = 45;  // 60 base64 characters
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t end = std::min(i + chunk, text.size());
    while (end > i && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (end == i) end = std::min(i + chunk, text.size());  // no character boundary: not UTF-8, cut anyway
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

// An unstructured header's value (Subject): as it is when plain, else encoded words.
std::string header_text(std::string_view text) {
  return plain_header_text(text) ? std::string(text) : encoded_words(text);
}

// A display name: a quoted string with its quotes and backslashes escaped when plain, else
// encoded words.
std::string display_name(std::string_view name) {
  if (!plain_header_text(name)) return encoded_words(name);
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

// A header's mailbox; none without an address of the strict grammar.
std::string mailbox(const std::string& name, const std::string& address) {
  if (!valid_email_address(address)) return {};
  if (name.empty()) return "<" + address + ">";
  return display_name(name) + " <" + address + ">";
}

// A file name as a quoted parameter: quotes and backslashes escaped, control characters '_'.
std::string quoted_parameter(std::string_view value) {
  std::string quoted = "\"";
  for (char c : value) {
    if (has_control_character(std::string_view(&c, 1))) {
      quoted += '_';
      continue;
    }
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string wrapped(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 76) out += text.substr(i, 76) + "\r\n";
  return out;
}

std::string rfc5322_date(const Date& date) {
  static constexpr const char* days[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01: Thursday
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const long serial = days_from_civil(date);
  const long weekday = ((serial % 7) + 7) % 7;
  std::string day = std::to_string(date.day);
  if (day.size() == 1) day = "0" + day;
  return std::string(days[weekday]) + ", " + day + " " + months[date.month - 1] + " " + std::to_string(date.year) +
         " 08:00:00 +0700";
}

}  // namespace

std::string eml_text(const Email& email, std::string_view boundary) {
  const std::string b(boundary);
  std::string out;
  if (const std::string from = mailbox(email.from_name, email.from_address); !from.empty()) out += "From: " + from + "\r\n";
  if (const std::string to = mailbox(email.to_name, email.to_address); !to.empty()) out += "To: " + to + "\r\n";
  out += "Subject: " + header_text(email.subject) + "\r\n";
  out += "Date: " + rfc5322_date(email.date) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "X-Unsent: 1\r\n";  // opened by a mail program as a draft to send
  out += "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n";
  std::string body;
  for (char c : email.body) body += c == '\n' ? std::string("\r\n") : std::string(1, c);
  out += "--" + b + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         wrapped(base64(body));
  for (const EmailAttachment& a : email.attachments) {
    out += "--" + b + "\r\nContent-Type: " + a.content_type + "; name=" + quoted_parameter(a.file_name) +
           "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=" +
           quoted_parameter(a.file_name) + "\r\n\r\n" + wrapped(base64(a.bytes));
  }
  out += "--" + b + "--\r\n";
  return out;
}

Email form_email(const Form& form, const MasterSettings& settings, EmailAttachment attachment, const Date& today) {
  const FormIdentity& id = form.identity;
  const std::string period = period_text(id);
  const std::string kind = id.month > 0 ? "Laporan Progres Bulanan" : "Formulir Realisasi Kinerja";
  Email email;
  email.from_name = settings.info.agency;
  if (const DivisionContact* contact = contact_of(settings, id.division)) {
    email.to_name = contact->name.empty() ? contact->division : contact->name;
    email.to_address = contact->email;
  }
  email.subject = kind + " " + period + " - " + id.division + " (batas kirim " +
                  indonesian_date(form.due) + ")";
  email.body = "Yth. " + (email.to_name.empty() ? id.division : email.to_name) + ",\n\n" +
               "Bersama ini kami kirimkan formulir " + (id.month > 0 ? "progres bulanan " : "realisasi kinerja ") +
               period + " untuk " + id.division +
               ". Mohon kolom berwarna kuning diisi (" +
               (id.month > 0 ? "Realisasi Bulan Ini, Realisasi Anggaran, Permasalahan, Progres Fisik, Bukti Dukung"
                             : "Realisasi, Realisasi Anggaran, Kendala, Tindak Lanjut, Bukti Dukung") +
               "), lalu berkasnya dikirim kembali sebagai lampiran balasan surel ini paling lambat " +
               indonesian_date(form.due) + ".\n\nBerkas dapat dibuka di LibreOffice, Excel atau WPS. Kosongkan "
               "realisasi yang belum ada datanya (kosong bukan nol).\n\nTerima kasih.\n\n" + settings.info.agency + "\n";
  email.date = today;
  email.attachments.push_back(std::move(attachment));
  return email;
}

std::optional<Problem> unsendable(const Email& email, std::string_view division, const DivisionContact* contact) {
  const std::string settings(master_layout::settings);
  const std::string start = "Pesan untuk " + std::string(division) + " tidak dibuat: ";
  const std::string fix = " Perbaiki Kontak Bidang di lembar Pengaturan, lalu ulangi.";
  if (contact && contact->refused) {  // a cell of it was left out when the master was read
    return Problem{Severity::error, start + contact->refused->message, contact->refused->where, {}};
  }
  if (!email.to_address.empty() && !valid_email_address(email.to_address)) {
    return Problem{Severity::error,
                   start + "alamat surel kontaknya \"" + visible_text(email.to_address) +
                       "\" bukan alamat surel yang dapat dipakai (misalnya nama@contoh.go.id)." + fix,
                   contact && !contact->email_cell.empty() ? contact->email_cell : settings, {}};
  }
  if (has_control_character(email.to_name)) {
    return Problem{Severity::error, start + "nama kontaknya berisi baris baru atau karakter kendali lain." + fix,
                   contact && !contact->name_cell.empty() ? contact->name_cell : settings, {}};
  }
  if (has_control_character(email.subject) || has_control_character(email.body, "\n\t")) {
    return Problem{Severity::error,
                   start + "subjek atau isinya berisi karakter kendali (dari nama bidang di lembar PK atau nama "
                           "instansi di lembar Pengaturan). Tulis nama itu dalam satu baris, lalu ulangi.",
                   {}, {}};
  }
  return std::nullopt;
}

std::optional<PlainMail> plain_mail(const Email& email) {
  if (unsendable(email, {}, nullptr)) return std::nullopt;
  // senddoc puts the subject and body between ' for Thunderbird's -compose: an apostrophe in a
  // name there would end them (and ",attachment='file:///...'" attach a file). Its typographic
  // twin reads the same.
  const auto typographic = [](std::string text) {
    for (std::size_t at; (at = text.find('\'')) != std::string::npos;) text.replace(at, 1, "\u2019");
    return text;
  };
  return PlainMail{email.to_address, typographic(email.subject), typographic(email.body)};
}

std::string form_email_file_name(const Form& form) { return form_file_name(form, "eml"); }

}  // namespace kinerja::core
