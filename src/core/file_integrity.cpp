#include "core/file_integrity.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "core/compound_file.hpp"
#include "core/encrypted_file.hpp"
#include "core/number_cells.hpp"
#include "core/text.hpp"
#include "core/xml_check.hpp"
#include "core/zip_archive.hpp"

namespace kinerja::core {
namespace {

constexpr std::string_view resend = " Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi.";

std::string damaged(const std::string& what) { return "Berkas rusak: " + what + "." + std::string(resend); }

std::string part_damaged(const std::string& part, const std::string& what) {
  return damaged("bagian " + shown_name(part) + " " + what);
}

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && to_lower(text.substr(text.size() - suffix.size())) == suffix;
}

// Parts whose text is XML and must be whole: every .xml and .rels part. (Excel's legacy .vml
// drawings are not well-formed XML and are left to their CRC.)
bool is_xml_part(std::string_view name) { return ends_with_ci(name, ".xml") || ends_with_ci(name, ".rels"); }

// "%20" and the like in a relationship's target.
std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto hex = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The part a relationship of the .rels part `rels` points at ("xl/_rels/workbook.xml.rels",
// "styles.xml" -> "xl/styles.xml"; "/xl/a.xml" from the root; ".." steps up); empty when it
// leaves the package.
std::string resolve_target(const std::string& rels, std::string_view target) {
  std::vector<std::string> path;
  std::string decoded = percent_decoded(target);
  if (decoded.starts_with('/')) {
    decoded.erase(0, 1);
  } else {
    // The source part of "dir/_rels/name.rels" lies in "dir".
    const std::size_t rels_folder = rels.rfind("_rels/");
    std::string base = rels_folder == std::string::npos ? std::string() : rels.substr(0, rels_folder);
    for (std::size_t start = 0; start < base.size();) {
      const std::size_t slash = base.find('/', start);
      const std::string piece = base.substr(start, slash - start);
      if (!piece.empty()) path.push_back(piece);
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  }
  for (std::size_t start = 0; start <= decoded.size();) {
    std::size_t slash = decoded.find('/', start);
    if (slash == std::string::npos) slash = decoded.size();
    const std::string piece = decoded.substr(start, slash - start);
    if (piece == "..") {
      if (path.empty()) return {};
      path.pop_back();
    } else if (!piece.empty() && piece != ".") {
      path.push_back(piece);
    }
    start = slash + 1;
  }
  std::string joined;
  for (const std::string& piece : path) joined += (joined.empty() ? "" : "/") + piece;
  return joined;
}

struct Link {
  std::string from;  // the part that names it
  std::string to;    // the part named
};

// What a package's parts name: the parts they link to (relationships, the ODF manifest's
// entries) and the parts the manifest says are encrypted.
struct PackageLinks {
  std::vector<Link> links;
  std::set<std::string> encrypted;
};

// Reads one part whole: its size and CRC, and, for XML, that it is whole and well-formed, noting
// its links. The refusal when it is not.
std::optional<std::string> check_part(std::string_view bytes, const ZipEntry& entry, std::uint64_t& budget,
                                      PackageLinks& found) {
  const bool rels = ends_with_ci(entry.name, ".rels");
  const bool manifest = to_lower(entry.name) == "meta-inf/manifest.xml";
  std::optional<XmlCheck> xml;
  std::optional<NumberCells> cells = NumberCells::for_part(entry.name);
  if (is_xml_part(entry.name) && !found.encrypted.contains(entry.name)) {
    XmlCheck::OnEnd on_end;
    if (cells) on_end = [&](std::string_view name, std::string_view text) { cells->end(name, text); };
    xml.emplace([&, last_entry = std::string()](const XmlElement& element) mutable {
      if (cells) cells->start(element);
      if (rels && element.name == "Relationship" && element.attribute("TargetMode") != "External") {
        found.links.push_back({entry.name, resolve_target(entry.name, element.attribute("Target"))});
      } else if (manifest && element.name == "manifest:file-entry") {
        last_entry = std::string(element.attribute("manifest:full-path"));
        if (!last_entry.empty() && last_entry != "/" && !last_entry.ends_with('/')) {
          found.links.push_back({entry.name, last_entry});
        }
      } else if (manifest && element.name == "manifest:encryption-data") {
        found.encrypted.insert(last_entry);
      }
    }, on_end);
  }
  const std::string xml_failed = "xml";
  const std::string failure = read_zip_entry(
      bytes, entry, budget, [&](std::string_view piece) { return !xml || xml->feed(piece); }, xml_failed);
  if (xml && (failure.empty() || failure == xml_failed)) {
    if (const auto bad = xml->finish()) return part_damaged(entry.name, "tidak utuh: " + *bad);
    if (cells && cells->problem()) return damaged(*cells->problem());
  }
  if (!failure.empty()) return part_damaged(entry.name, failure);
  budget -= std::min(budget, entry.size);
  return std::nullopt;
}

std::optional<std::string> package_damage(std::string_view bytes, const std::string& name) {
  const ZipListing listing = list_zip(bytes);
  if (!listing.error.empty()) return damaged("arsipnya " + listing.error);
  std::set<std::string> names;  // lower case: part names compare without case (OPC)
  for (const ZipEntry& entry : listing.entries) names.insert(to_lower(entry.name));
  const bool ooxml = names.contains("[content_types].xml");
  const bool odf = names.contains("meta-inf/manifest.xml") || names.contains("mimetype");

  // The ODF manifest first: it says which parts are encrypted (and so are no XML to read).
  PackageLinks found;
  std::uint64_t budget = package_max_unpacked_bytes;
  const auto is_manifest = [](const ZipEntry& entry) { return to_lower(entry.name) == "meta-inf/manifest.xml"; };
  for (const ZipEntry& entry : listing.entries) {
    if (!is_manifest(entry)) continue;
    if (auto failure = check_part(bytes, entry, budget, found)) return failure;
  }
  if (!found.encrypted.empty()) return encrypted_file_refusal(name, false);
  for (const ZipEntry& entry : listing.entries) {
    if (entry.name.ends_with('/') || is_manifest(entry)) continue;  // a folder; the manifest, read
    if (auto failure = check_part(bytes, entry, budget, found)) return failure;
  }

  for (const Link& link : found.links) {
    if (link.to.empty()) return part_damaged(link.from, "menunjuk ke luar berkas");
    if (!names.contains(to_lower(link.to))) {
      return damaged("bagian " + shown_name(link.to) + " yang disebut " + shown_name(link.from) + " tidak ada");
    }
  }
  if (ooxml && !names.contains("_rels/.rels")) return damaged("bagian _rels/.rels tidak ada");
  if (odf && !ooxml && !names.contains("content.xml")) return damaged("bagian content.xml tidak ada");
  return std::nullopt;
}

// A flat XML document (.fods, Excel 2003 XML): the whole file must be well-formed.
bool looks_like_xml(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes.substr(first).starts_with("<?xml");
}

}  // namespace

std::string submission_too_large_error() {
  return "Berkas lebih dari " + std::to_string(submission_max_bytes >> 20) +
         " MiB: terlalu besar untuk sebuah formulir, tidak dibaca.";
}

std::optional<std::string> file_damage(std::string_view bytes, const std::string& name) {
  if (bytes.size() > submission_max_bytes) return submission_too_large_error();
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) return package_damage(bytes, name);
  if (is_encrypted_ooxml(bytes)) return encrypted_file_refusal(name, false);
  if (is_compound_file(bytes)) {
    if (const auto failure = compound_file_damage(bytes)) return damaged("berkas majemuknya (.xls) " + *failure);
    return std::nullopt;
  }
  if (looks_like_xml(bytes)) {
    // A flat .fods holds its tables as content.xml does.
    std::optional<NumberCells> cells = NumberCells::for_part("content.xml");
    XmlCheck xml([&](const XmlElement& element) { cells->start(element); },
                 [&](std::string_view element, std::string_view text) { cells->end(element, text); });
    xml.feed(bytes);
    if (const auto failure = xml.finish()) return damaged("isi XML-nya tidak utuh: " + *failure);
    if (cells->problem()) return damaged(*cells->problem());
  }
  return std::nullopt;
}

}  // namespace kinerja::core
