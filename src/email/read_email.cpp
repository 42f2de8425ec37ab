#include "email/read_email.hpp"

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

#include "core/base64.hpp"
#include "core/file_format.hpp"
#include "core/text.hpp"

namespace kinerja::email {

using namespace core;

namespace {

// GObject references, released on every path.
struct Unref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
template <typename T>
using Owned = std::unique_ptr<T, Unref>;

void init_gmime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

std::string text_or_empty(const char* text) { return text ? std::string(text) : std::string(); }

// An attachment's content as it stands in the message, still encoded.
std::string encoded_text(GMimeDataWrapper* content) {
  GMimeStream* encoded = g_mime_data_wrapper_get_stream(content);
  if (!encoded) return {};
  Owned<GMimeStream> copy(g_mime_stream_mem_new());
  g_mime_stream_reset(encoded);
  g_mime_stream_write_to_stream(encoded, copy.get());
  g_mime_stream_reset(encoded);
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(copy.get()));
  return bytes ? std::string(reinterpret_cast<const char*>(bytes->data), bytes->len) : std::string();
}

// GMime (3.2.5 and later) stops building parts 1024 levels deep, so parsing any message is
// bounded; the walk below counts how deeply its parts really nest.
#if !GMIME_CHECK_VERSION(3, 2, 5)
#error "GMime 3.2.5 or later is needed: earlier versions nest parts without bound"
#endif

class AttachmentWalk {
 public:
  explicit AttachmentWalk(ReceivedEmail& email) : email_(email) {}

  // `depth`: how many multipart and message parts hold this one.
  void visit(GMimeObject* object, int depth) {
    if (!object || too_deep_) return;
    if (depth > email_max_nesting) {
      too_deep_ = true;
      return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {  // a forwarded message: its attachments count too
      GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
      if (inner) visit(g_mime_message_get_mime_part(inner), depth + 1);
    } else if (GMIME_IS_MULTIPART(object)) {
      GMimeMultipart* multipart = GMIME_MULTIPART(object);
      const int count = g_mime_multipart_get_count(multipart);
      for (int i = 0; i < count; ++i) visit(g_mime_multipart_get_part(multipart, i), depth + 1);
    } else if (GMIME_IS_PART(object)) {
      take(GMIME_PART(object));
    }
  }

  // Whether some part nests deeper than email_max_nesting.
  bool too_deep() const { return too_deep_; }

 private:
  void take(GMimePart* part) {
    // Judged by the name as shown (the one every message and safe name is made of).
    const std::string name = shown_file_name(trim(text_or_empty(g_mime_part_get_filename(part))));
    if (name.empty()) return;  // the message text, not an attachment
    if (!is_submission_file_name(name)) {
      email_.other_attachments.push_back(name);
      return;
    }
    if (static_cast<int>(email_.spreadsheets.size()) >= email_max_spreadsheets) {
      ++email_.spreadsheets_left_out;
      return;
    }
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content) return;
    // GMime's decoder skips what is no base64 and stops where the text does: a cut or damaged
    // attachment would be read as other bytes ("no table with Kode and Realisasi").
    if (g_mime_data_wrapper_get_encoding(content) == GMIME_CONTENT_ENCODING_BASE64 &&
        !base64_intact(encoded_text(content))) {
      email_.spreadsheets.push_back({name, {}, damaged_attachment(name)});
      return;
    }
    Owned<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());  // decodes base64 / quoted-printable
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    email_.spreadsheets.push_back(
        {name, bytes ? std::string(reinterpret_cast<const char*>(bytes->data), bytes->len) : std::string()});
  }

  ReceivedEmail& email_;
  bool too_deep_ = false;
};

void read_sender(GMimeMessage* message, ReceivedEmail& email) {
  InternetAddressList* from = g_mime_message_get_from(message);
  if (!from || internet_address_list_length(from) < 1) return;
  InternetAddress* address = internet_address_list_get_address(from, 0);
  email.sender_name = text_or_empty(internet_address_get_name(address));
  if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
    email.sender_address = text_or_empty(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
  }
}

// The header as written, read by our own strict parser: GMime's reading takes year 0000 for
// 2000 and drops an offset of +9999 for +0000.
void read_date(GMimeMessage* message, ReceivedEmail& email) {
  email.date_text = text_or_empty(g_mime_object_get_header(GMIME_OBJECT(message), "Date"));
  email.date = parse_email_date(email.date_text);
}

}  // namespace

EmailReading read_email(std::string_view bytes) {
  EmailReading reading;
  if (bytes.size() > email_max_bytes) {
    reading.error = email_too_large_error();
    return reading;
  }
  init_gmime();
  if (!g_mime_check_version(3, 2, 5)) {  // built against a later one, run with an older library
    reading.error = "Surel tidak dibaca: pustaka GMime di komputer ini terlalu lama (perlu 3.2.5 atau lebih baru).";
    return reading;
  }
  // The memory stream copies the bytes; the parser reads them, it never touches a file.
  Owned<GMimeStream> stream(
      g_mime_stream_mem_new_with_buffer(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  Owned<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
  Owned<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) {
    reading.error = "Bukan surel (.eml) yang dapat dibaca.";
    return reading;
  }
  ReceivedEmail email;
  read_sender(message.get(), email);
  read_date(message.get(), email);
  email.subject = text_or_empty(g_mime_message_get_subject(message.get()));
  AttachmentWalk walk(email);
  walk.visit(g_mime_message_get_mime_part(message.get()), 0);
  if (walk.too_deep()) {  // its attachments would be out of reach: refused, not "tanpa lampiran"
    reading.error = "Surel bersarang terlalu dalam (lebih dari " + std::to_string(email_max_nesting) +
                    " bagian multipart atau pesan terusan bertumpuk): tidak dibaca.";
    return reading;
  }
  reading.email = std::move(email);
  return reading;
}

}  // namespace kinerja::email
