#include "core/xml_check.hpp"

#include <expat.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace kinerja::core {

struct XmlCheck::State {
  XML_Parser parser = nullptr;
  OnElement on_element;
  OnEnd on_end;
  std::string text;  // of the element open last, for on_end
  std::optional<std::string> failure;
  bool empty = true;
};

namespace {

void XMLCALL start_element(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto* state = static_cast<XmlCheck::State*>(data);
  state->text.clear();
  if (!state->on_element) return;
  const XmlElement element{name, [attributes](std::string_view wanted) -> std::string_view {
                             for (const XML_Char** a = attributes; a[0] != nullptr; a += 2) {
                               if (wanted == a[0]) return a[1];
                             }
                             return {};
                           }};
  state->on_element(element);
}

void XMLCALL end_element(void* data, const XML_Char* name) {
  auto* state = static_cast<XmlCheck::State*>(data);
  state->on_end(name, state->text);
  state->text.clear();
}

void XMLCALL character_data(void* data, const XML_Char* text, int length) {
  auto* state = static_cast<XmlCheck::State*>(data);
  const std::size_t room = max_element_text - std::min(max_element_text, state->text.size());
  state->text.append(text, std::min(room, static_cast<std::size_t>(length)));
}

std::string position_of(XML_Parser parser) {
  return "baris " + std::to_string(XML_GetCurrentLineNumber(parser)) + ", kolom " +
         std::to_string(XML_GetCurrentColumnNumber(parser) + 1);
}

// Expat's reasons in Indonesian, for the ones a damaged file gives.
std::string reason_of(XML_Error code) {
  switch (code) {
    case XML_ERROR_NO_ELEMENTS:
      return "kosong";
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR:
      return "terpotong";
    case XML_ERROR_INVALID_TOKEN:
    case XML_ERROR_BAD_CHAR_REF:
      return "memuat karakter yang tidak sah";
    case XML_ERROR_TAG_MISMATCH:
      return "tanda pembuka dan penutupnya tidak cocok";
    case XML_ERROR_UNKNOWN_ENCODING:
    case XML_ERROR_INCORRECT_ENCODING:
      return "pengodean karakternya tidak dikenal atau salah";
    default:
      return "bukan XML yang utuh";
  }
}

}  // namespace

XmlCheck::XmlCheck(OnElement on_element, OnEnd on_end) : state_(std::make_unique<State>()) {
  state_->on_element = std::move(on_element);
  state_->on_end = std::move(on_end);
  state_->parser = XML_ParserCreate(nullptr);
  if (state_->parser == nullptr) {
    state_->failure = "tidak dapat diperiksa (memori)";
    return;
  }
  XML_SetUserData(state_->parser, state_.get());
  XML_SetStartElementHandler(state_->parser, start_element);
  if (state_->on_end) {
    XML_SetEndElementHandler(state_->parser, end_element);
    XML_SetCharacterDataHandler(state_->parser, character_data);
  }
  // No external DTD or entity is ever read; expat bounds the expansion of internal ones.
  XML_SetParamEntityParsing(state_->parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlCheck::~XmlCheck() {
  if (state_->parser != nullptr) XML_ParserFree(state_->parser);
}

bool XmlCheck::feed(std::string_view piece) {
  if (state_->failure) return false;
  while (!piece.empty()) {
    const std::size_t chunk = std::min<std::size_t>(piece.size(), std::numeric_limits<int>::max() / 2);
    state_->empty = false;
    if (XML_Parse(state_->parser, piece.data(), static_cast<int>(chunk), XML_FALSE) != XML_STATUS_OK) {
      if (!state_->failure) {
        state_->failure = reason_of(XML_GetErrorCode(state_->parser)) + " (" + position_of(state_->parser) + ")";
      }
      return false;
    }
    piece.remove_prefix(chunk);
  }
  return true;
}

std::optional<std::string> XmlCheck::finish() {
  if (state_->failure) return state_->failure;
  if (XML_Parse(state_->parser, "", 0, XML_TRUE) != XML_STATUS_OK) {
    const XML_Error code = XML_GetErrorCode(state_->parser);
    // At the end, an element still open means the text stops before it closes.
    const std::string reason = code == XML_ERROR_NO_ELEMENTS && !state_->empty ? "terpotong" : reason_of(code);
    state_->failure = reason + " (" + position_of(state_->parser) + ")";
  }
  return state_->failure;
}

}  // namespace kinerja::core
