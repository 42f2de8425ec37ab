// Whether a piece of XML from an untrusted file is whole and well-formed, read as it streams
// (expat), and the elements it holds for whoever needs some of their attributes (the links
// between the parts of a package) or their short text (a number cell's stored value). No external DTD or entity is ever fetched (LibreOffice's
// macro parts name one), and expat bounds how far internal entities may expand.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kinerja::core {

// An element as it starts: its name as written (with its prefix, "manifest:file-entry") and
// an attribute's value by its name as written ("" when absent).
struct XmlElement {
  std::string_view name;
  std::function<std::string_view(std::string_view)> attribute;
};

// The text an element holds directly, as it ends (at most its first max_element_text bytes).
inline constexpr std::size_t max_element_text = 256;

class XmlCheck {
 public:
  using OnElement = std::function<void(const XmlElement&)>;
  using OnEnd = std::function<void(std::string_view name, std::string_view text)>;
  explicit XmlCheck(OnElement on_element = {}, OnEnd on_end = {});
  ~XmlCheck();
  XmlCheck(const XmlCheck&) = delete;
  XmlCheck& operator=(const XmlCheck&) = delete;

  // The next piece of the text; false once it is known not to be well-formed.
  bool feed(std::string_view piece);
  // After the last piece: why it is not whole and well-formed, in Indonesian with its line, or
  // nullopt when it is.
  std::optional<std::string> finish();

  struct State;  // the parser and what it found (expat's callbacks reach it)

 private:
  std::unique_ptr<State> state_;
};

}  // namespace kinerja::core
