#pragma once
// What the exports and share links need from the platform (docs/product.md §13-15): saving a file to
// the user's downloads, opening the printable report, the clipboard, the page's address, and
// gzip through the browser's CompressionStream / DecompressionStream. The browser implements it
// in src/platform/web/web_exports.cpp; the native app tests use a fake.
//
// Compression is asynchronous in the browser, and links arrive from outside the frame (the page
// opened with "#plan=…", or window.planner.shareLink()): such news is queued as PortEvents, and
// the export panel takes them at the start of each frame (views/export_panel.hpp).
#include <cstddef>
#include <string>
#include <vector>

#include "core/files/share_link.hpp"

namespace planner {

struct PortEvent {
  enum class Type {
    link_opened,        // the page was opened with a share link: `text` is the address
    share_asked,        // window.planner.shareLink({review}) wants a link: `kind` says which
    compressed,         // gzip of what gzip() was given: `bytes`, for `kind`
    decompressed,       // the text of what gunzip() was given: `text`
    compress_failed,    // gzip() failed: `text` says why
    decompress_failed,  // gunzip() failed (not gzip, altered, too large): `text` says why
  };
  Type type = Type::compress_failed;
  ShareKind kind = ShareKind::plan;
  std::string text;
  std::string bytes;
};

class ExportPort {
 public:
  virtual ~ExportPort() = default;
  // Saves `content`, byte for byte, as a file named `file_name` (the browser's download). The one
  // way every file leaves the app: plan file, calendar, spreadsheet, report, review file.
  virtual void download(const std::string& file_name, const std::string& mime_type, const std::string& content) = 0;
  // Opens an HTML document in a new tab, for printing or saving as PDF.
  virtual void open_document(const std::string& html) = 0;
  virtual void copy_text(const std::string& text) = 0;
  // The app's own address (for links), with any fragment.
  virtual std::string page_url() const = 0;
  // Takes the share link out of the address bar once it has been dealt with, so a reload does not
  // offer it again.
  virtual void forget_link() = 0;
  // gzip `text`; a compressed (or compress_failed) event follows.
  virtual void gzip(ShareKind kind, const std::string& text) = 0;
  // gunzip `bytes`, refusing more than `max_text_bytes` of text; a decompressed (or
  // decompress_failed) event follows.
  virtual void gunzip(const std::string& bytes, std::size_t max_text_bytes) = 0;
  // What window.planner.shareLink() is waiting for: the link, or why there is none.
  virtual void share_answer(bool ok, const std::string& link_or_error) = 0;
  // The events since the last call, oldest first.
  virtual std::vector<PortEvent> take_events() = 0;
};

}  // namespace planner
