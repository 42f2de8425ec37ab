// Email messages Kinerja writes (.eml, RFC 5322 with MIME): a plain-text body in UTF-8 and
// attachments, each base64-encoded, for any mail program or a shared folder. Kinerja only
// writes them; reading received email is left to a MIME library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base64.hpp"
#include "core/dates.hpp"
#include "core/form.hpp"
#include "core/master_settings.hpp"

namespace kinerja::core {

struct EmailAttachment {
  std::string file_name;     // ASCII (form file names are)
  std::string content_type;  // "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  std::string bytes;
};

struct Email {
  std::string from_name, from_address;  // the address may be empty: the mail program fills it
  std::string to_name, to_address;      // empty address: the user picks the recipient
  std::string subject;
  std::string body;  // plain text, lines separated by "\n"
  Date date;
  std::vector<EmailAttachment> attachments;
};

// The message as a .eml file's text: CRLF line ends; display names quoted (quotes and
// backslashes escaped) or, when not printable ASCII, RFC 2047 encoded words, like the subject;
// a mailbox only with an address of the strict grammar (core/mail_fields.hpp); the body and
// attachments base64 in lines of 76. `boundary` separates the parts; it must not occur in them
// (base64 text never holds "=_").
std::string eml_text(const Email& email, std::string_view boundary = "=_kinerja_part_=");

// The message that sends a bidang its form: to its contact (Pengaturan's Kontak Bidang), the
// subject and body naming the period and the deadline, the form attached.
Email form_email(const Form& form, const MasterSettings& settings, EmailAttachment attachment, const Date& today);

// Why the message to a bidang may not go out (docs/rules.md "Sending the forms"): a contact
// read_settings refused, a recipient outside the address grammar, a control character in the
// recipient's name or the subject, one in the body other than a line break or tab. The problem
// names the contact's cell where it is one (`contact` may be null). nullopt: it may go.
std::optional<Problem> unsendable(const Email& email, std::string_view division, const DivisionContact* contact);

// What the office's mail service is handed: it builds a command line of it (SimpleCommandMail,
// senddoc), so only plain text: the recipient a bare address of the strict grammar (never a
// display name) or none, a one-line subject, a body of lines, an apostrophe in either as ’.
struct PlainMail {
  std::string to_address;  // empty: the user picks the recipient
  std::string subject;
  std::string body;
};

// The message as plain mail; nullopt for a message unsendable() refuses.
std::optional<PlainMail> plain_mail(const Email& email);

// Kinerja-2023-TW2-Sekretariat.eml
std::string form_email_file_name(const Form& form);

}  // namespace kinerja::core
