#pragma once
// The ExportPort of the native app tests: records downloads, opened documents and the clipboard,
// and stands in for the browser's gzip. Its "compressed" bytes are a gzip member's frame (what the
// core checks: magic, method, the declared size) around a short key into a table shared by every
// fake in the process, so a link made in one HeadlessUi opens in another and stays as short as a
// real one; the browser's DecompressionStream is tested in tests/e2e/exports.test.mjs.
// Compression answers at once, as a queued event, like the browser's does a moment later.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/export_port.hpp"

namespace planner::testing {

class FakeExportPort final : public ExportPort {
 public:
  struct File {
    std::string name, mime, content;
  };
  std::vector<File> downloads;
  std::vector<std::string> documents;                 // opened for printing
  std::vector<std::string> copied;                    // the clipboard, every write
  std::vector<std::pair<bool, std::string>> answers;  // to window.planner.shareLink()
  std::string address = "https://planner.test/index.html";
  int forgotten = 0;  // links taken out of the address bar

  // As the browser glue does: the page was opened with `link`, or shareLink() was called.
  void open(const std::string& link) {
    address = link;
    events_.push_back({PortEvent::Type::link_opened, ShareKind::plan, link, {}});
  }
  void ask_for_link(ShareKind kind) { events_.push_back({PortEvent::Type::share_asked, kind, {}, {}}); }

  // The bytes gzip() would give for `text`.
  static std::string frame(const std::string& text) {
    std::vector<std::string>& texts = table();
    texts.push_back(text);
    std::string bytes("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    bytes += "key:" + std::to_string(texts.size() - 1);
    bytes += std::string(4, '\0');
    for (int i = 0; i < 4; ++i) bytes += static_cast<char>((text.size() >> (8 * i)) & 0xff);
    return bytes;
  }

  void download(const std::string& name, const std::string& mime, const std::string& content) override {
    downloads.push_back({name, mime, content});
  }
  void open_document(const std::string& html) override { documents.push_back(html); }
  void copy_text(const std::string& text) override { copied.push_back(text); }
  std::string page_url() const override { return address; }
  void forget_link() override {
    ++forgotten;
    address = address.substr(0, address.find('#'));
  }
  void gzip(ShareKind kind, const std::string& text) override {
    events_.push_back({PortEvent::Type::compressed, kind, {}, frame(text)});
  }
  void gunzip(const std::string& bytes, std::size_t max_text_bytes) override {
    const std::string body = bytes.size() >= 18 ? bytes.substr(10, bytes.size() - 18) : std::string();
    const std::size_t key = body.rfind("key:", 0) == 0 ? std::strtoul(body.c_str() + 4, nullptr, 10) : table().size();
    if (key >= table().size() || table()[key].size() > max_text_bytes) {
      events_.push_back({PortEvent::Type::decompress_failed, ShareKind::plan, "incorrect header check", {}});
      return;
    }
    events_.push_back({PortEvent::Type::decompressed, ShareKind::plan, table()[key], {}});
  }
  void share_answer(bool ok, const std::string& text) override { answers.emplace_back(ok, text); }
  std::vector<PortEvent> take_events() override {
    std::vector<PortEvent> taken;
    taken.swap(events_);
    return taken;
  }

 private:
  static std::vector<std::string>& table() {
    static std::vector<std::string> texts;
    return texts;
  }
  std::vector<PortEvent> events_;
};

}  // namespace planner::testing
