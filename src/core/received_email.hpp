// Saved emails (.eml) the bidang send back with their filled form attached: who sent it, when
// (its Date header as written, read strictly; the pull judges it) and the spreadsheets it
// carries; the bounds on what an untrusted message may make us do (its size, how deeply its
// parts nest, how many attachments are taken), and attachment names as shown and as safe file
// names. The MIME parsing itself, GMime's, is src/email/read_email.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/received_email_date.hpp"

namespace kinerja::core {

inline constexpr std::size_t email_max_bytes = 32u << 20;  // far above any mail server's limit
inline constexpr int email_max_nesting = 32;                // multipart and message/* parts, one in another
inline constexpr int email_max_spreadsheets = 20;
inline constexpr std::size_t email_names_listed = 10;   // attachment names one message lists
inline constexpr std::size_t email_name_max_bytes = 120;  // an attachment's name as shown

struct EmailAttachmentFile {
  std::string name;    // as the sender named it (decoded; shown_file_name), for messages
  std::string bytes;   // decoded content; empty when damaged
  std::string damage = {};  // why it cannot be read as sent (its base64 encoding is not whole); empty when whole
};

struct ReceivedEmail {
  std::string sender_name;     // "Budi Santoso" (decoded), may be empty
  std::string sender_address;  // "budi@example.go.id", may be empty
  std::string date_text;       // the Date header as written ("Wed, 5 Jul 2023 09:12:30 +0700"); empty without one
  std::optional<EmailDate> date;  // read strictly (core/received_email_date.hpp); nullopt: none, or no date
  std::string subject;
  std::vector<EmailAttachmentFile> spreadsheets;  // attachments named like a submission
  std::vector<std::string> other_attachments;     // names of the attachments that are not (shown_file_name)
  int spreadsheets_left_out = 0;                  // beyond email_max_spreadsheets
};

struct EmailReading {
  std::optional<ReceivedEmail> email;
  std::string error;  // why there is none, in Indonesian
};

// "Surel lebih dari 32 MiB: tidak dibaca."
std::string email_too_large_error();

// "Lampiran f.xlsx rusak (pengodean base64 tidak utuh): minta bidang mengirim ulang berkasnya."
std::string damaged_attachment(const std::string& name);

// "Pengirim: Budi Santoso <budi@example.go.id>": the sender as Kiriman records it.
std::string sender_text(const ReceivedEmail& email);

// An attachment's name as messages and cells show it: control characters as "↵" or "�", at most
// email_name_max_bytes (its start, "…", its end: the extension stays).
std::string shown_file_name(std::string_view name);

// Attachment names as one message lists them: the first email_names_listed, then how many
// more ("a.jpg, b.jpg, ... j.jpg dan 9990 lampiran lain"), so that no cell overflows.
std::string attachment_list(const std::vector<std::string>& names);

// A name safe to create in a folder of our own: no directories, no leading dots, only letters,
// digits, '.', '-', '_' and spaces (others become '_'), at most 120 bytes; "lampiran-<n>" when
// nothing is left.
std::string safe_file_name(std::string_view name, int n);

}  // namespace kinerja::core
