// What may go into an email's header (docs/rules.md "Sending the forms"): an address only by a
// strict grammar, and names and subjects without control characters, so that no cell of the
// master can end a header and start another (a Bcc, a second Subject) or add a recipient.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/problem.hpp"

namespace kinerja::core {

// An RFC 5322 addr-spec of dot-atom form and nothing else: a local part of letters, digits,
// !#$%*+-/=^_`{|}~ and dots (not first, last or doubled), "@", a domain of two or more labels
// of letters, digits and inner hyphens, the last of letters only. ASCII only: no quotes,
// apostrophes, '?', '&', spaces or control characters; at most 254 bytes.
bool valid_email_address(std::string_view address);

// Whether the text holds a control character: C0 (tab and line breaks included), DEL, C1, or
// the Unicode line and paragraph separators. `allowed` lists C0 characters that may stay
// ("\n\t" for a message's body).
bool has_control_character(std::string_view text, std::string_view allowed = {});

// The text as a message can show it: line breaks as "↵", other control characters as "�", at
// most `limit` bytes (cut at a character's start, "…" added).
std::string visible_text(std::string_view text, std::size_t limit = 80);

// The error for a cell whose text reaches an email's header and holds a control character:
// `what` names it ("Nama kontak Sekretariat"); nullopt when the text is clean.
std::optional<Problem> header_text_problem(std::string_view what, std::string_view text, const std::string& where);

}  // namespace kinerja::core
