// The parts of received_email.hpp that need no MIME library (kinerja_core): the sender as
// Kiriman records it and the safe names of attachments.
#include "core/received_email.hpp"

#include "core/mail_fields.hpp"

namespace kinerja::core {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string email_too_large_error() {
  return "Surel lebih dari " + std::to_string(email_max_bytes >> 20) + " MiB: tidak dibaca.";
}

std::string sender_text(const ReceivedEmail& email) {
  if (email.sender_name.empty()) return email.sender_address;
  if (email.sender_address.empty()) return email.sender_name;
  return email.sender_name + " <" + email.sender_address + ">";
}

std::string shown_file_name(std::string_view name) {
  std::string shown = visible_text(name, std::string::npos);
  if (shown.size() <= email_name_max_bytes) return shown;
  const std::string_view ellipsis = "…";
  const std::size_t room = email_name_max_bytes - ellipsis.size();
  std::size_t head = room / 2, tail = shown.size() - (room - head);
  while (head > 0 && continuation(shown[head])) --head;  // whole characters on both sides
  while (tail < shown.size() && continuation(shown[tail])) ++tail;
  return shown.substr(0, head) + std::string(ellipsis) + shown.substr(tail);
}

std::string damaged_attachment(const std::string& name) {
  return "Lampiran " + name + " rusak (pengodean base64 tidak utuh): minta bidang mengirim ulang berkasnya.";
}

std::string attachment_list(const std::vector<std::string>& names) {
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < email_names_listed; ++i) list += (i > 0 ? ", " : "") + names[i];
  if (names.size() > email_names_listed) {
    list += " dan " + std::to_string(names.size() - email_names_listed) + " lampiran lain";
  }
  return list;
}

std::string safe_file_name(std::string_view name, int n) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string safe;
  for (char c : name) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                         c == '-' || c == '_' || c == ' ';
    safe.push_back(allowed ? c : '_');
  }
  while (!safe.empty() && (safe.front() == '.' || safe.front() == ' ')) safe.erase(safe.begin());
  if (safe.size() > 120) safe.erase(0, safe.size() - 120);  // keep the end: the extension
  while (!safe.empty() && (safe.front() == '.' || safe.front() == ' ')) safe.erase(safe.begin());
  if (safe.empty() || safe.find_first_not_of("._ ") == std::string::npos) return "lampiran-" + std::to_string(n);
  return safe;
}

}  // namespace kinerja::core
