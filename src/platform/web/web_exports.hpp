#pragma once
#include <vector>

#include "app/export_port.hpp"

namespace planner::web {

// The ExportPort of the browser (web_exports.cpp, planner_exports.js). One per page: it receives
// the JavaScript callbacks (compressed bytes, unpacked text, links) for the app.
class WebExportPort final : public ExportPort {
 public:
  WebExportPort();
  ~WebExportPort() override;
  WebExportPort(const WebExportPort&) = delete;
  WebExportPort& operator=(const WebExportPort&) = delete;

  void download(const std::string& file_name, const std::string& mime_type, const std::string& content) override;
  void open_document(const std::string& html) override;
  void copy_text(const std::string& text) override;
  std::string page_url() const override;
  void forget_link() override;
  void gzip(ShareKind kind, const std::string& text) override;
  void gunzip(const std::string& bytes, std::size_t max_text_bytes) override;
  void share_answer(bool ok, const std::string& link_or_error) override;
  std::vector<PortEvent> take_events() override;

  // From JavaScript: queued for the app's next frame, which it wakes.
  void push(PortEvent event);

 private:
  std::vector<PortEvent> events_;
};

}  // namespace planner::web
