#include "core/stored_view.hpp"

namespace kinerja::core {

namespace {

// Escapes a sheet name for an XML attribute value or text.
std::string xml_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Replaces the value of attribute `name` inside the element text [begin, end).
void set_attribute(std::string& xml, std::size_t begin, std::size_t& end, std::string_view name, std::string_view value) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t at = xml.find(key, begin);
  if (at == std::string::npos || at >= end) return;
  const std::size_t value_begin = at + key.size();
  const std::size_t value_end = xml.find('"', value_begin);
  if (value_end == std::string::npos || value_end >= end) return;
  xml.replace(value_begin, value_end - value_begin, value);
  end = end - (value_end - value_begin) + value.size();
}

}  // namespace

std::string xlsx_sheet_with_active_cell(std::string sheet_xml, std::string_view cell) {
  const std::size_t begin = sheet_xml.find("<selection ");
  if (begin == std::string::npos) return sheet_xml;
  std::size_t end = sheet_xml.find('>', begin);
  if (end == std::string::npos) return sheet_xml;
  set_attribute(sheet_xml, begin, end, "activeCell", cell);
  set_attribute(sheet_xml, begin, end, "sqref", cell);
  return sheet_xml;
}

std::string ods_settings_with_cursor(std::string settings_xml, std::string_view sheet, int row, int column) {
  const std::size_t set = settings_xml.find("config:name=\"ooo:view-settings\"");
  if (set == std::string::npos) return settings_xml;
  const std::size_t set_end = settings_xml.find("</config:config-item-set>", set);
  if (set_end == std::string::npos) return settings_xml;
  // A view Calc wrote itself is replaced by ours.
  const std::string views_open = "<config:config-item-map-indexed config:name=\"Views\">";
  const std::string views_close = "</config:config-item-map-indexed>";
  std::size_t insert_at = set_end;
  if (const std::size_t old = settings_xml.find(views_open, set); old != std::string::npos && old < set_end) {
    const std::size_t old_end = settings_xml.find(views_close, old);
    if (old_end == std::string::npos) return settings_xml;
    settings_xml.erase(old, old_end + views_close.size() - old);
    insert_at = old;
  }
  const std::string name = xml_escaped(sheet);
  const auto item = [](const char* key, const char* type, const std::string& value) {
    return "<config:config-item config:name=\"" + std::string(key) + "\" config:type=\"" + type + "\">" + value +
           "</config:config-item>";
  };
  const std::string views =
      views_open + "<config:config-item-map-entry>" + item("ViewId", "string", "view1") +
      "<config:config-item-map-named config:name=\"Tables\"><config:config-item-map-entry config:name=\"" + name + "\">" +
      item("CursorPositionX", "int", std::to_string(column)) + item("CursorPositionY", "int", std::to_string(row)) +
      "</config:config-item-map-entry></config:config-item-map-named>" + item("ActiveTable", "string", name) +
      "</config:config-item-map-entry>" + views_close;
  settings_xml.insert(insert_at, views);
  return settings_xml;
}

}  // namespace kinerja::core
