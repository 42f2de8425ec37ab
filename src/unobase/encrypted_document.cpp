#include "unobase/encrypted_document.hpp"

#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/packages/zip/ZipFileAccess.hpp>

#include <fstream>
#include <string>

#include "core/encrypted_file.hpp"
#include "unobase/document.hpp"
#include "unobase/strings.hpp"

namespace kinerja::unobase {

namespace {

// An encrypted .xlsx is a few hundred KiB at most for any form; larger files are read no
// further than this.
constexpr std::streamsize max_bytes = 64 * 1024 * 1024;

std::string head_of(const std::string& path, std::streamsize limit) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(limit), '\0');
  in.read(bytes.data(), limit);
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

// The manifest of a zip package (an OpenDocument file), empty when there is none.
std::string manifest_of(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url) {
  try {
    const auto zip = css::packages::zip::ZipFileAccess::createWithURL(context, url);
    if (!zip->hasByName("META-INF/manifest.xml")) return {};
    const css::uno::Reference<css::io::XInputStream> input(zip->getByName("META-INF/manifest.xml"), css::uno::UNO_QUERY_THROW);
    std::string text;
    css::uno::Sequence<sal_Int8> chunk;
    while (text.size() < 4 * 1024 * 1024 && input->readBytes(chunk, 65536) > 0) {
      text.append(reinterpret_cast<const char*>(chunk.getConstArray()), static_cast<std::size_t>(chunk.getLength()));
    }
    input->closeInput();
    return text;
  } catch (const css::uno::Exception&) {  // no zip, or a broken one: not an encrypted package
    return {};
  }
}

}  // namespace

bool is_encrypted_document(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url) {
  const std::string path = system_path(url);
  const std::string head = head_of(path, 4);
  if (head.rfind("PK", 0) == 0) return core::is_encrypted_odf_manifest(manifest_of(context, url));
  return core::is_encrypted_ooxml(head_of(path, max_bytes));
}

}  // namespace kinerja::unobase
