#include "core/email.hpp"

#include "core/period.hpp"

namespace kinerja::core {
namespace {

bool ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// A header value: as it is when ASCII, else one RFC 2047 encoded word.
std::string header_text(std::string_view text) {
  if (ascii(text)) return std::string(text);
  return "=?UTF-8?B?" + base64(text) + "?=";
}

std::string mailbox(const std::string& name, const std::string& address) {
  if (address.empty()) return {};
  if (name.empty()) return "<" + address + ">";
  // A display name with specials is quoted; a non-ASCII one encoded.
  return (ascii(name) ? "\"" + name + "\"" : header_text(name)) + " <" + address + ">";
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

std::string base64(std::string_view bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]};
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], '='};
  }
  return out;
}

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
    out += "--" + b + "\r\nContent-Type: " + a.content_type + "; name=\"" + a.file_name +
           "\"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" + a.file_name +
           "\"\r\n\r\n" + wrapped(base64(a.bytes));
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

std::string form_email_file_name(const Form& form) { return form_file_name(form, "eml"); }

}  // namespace kinerja::core
