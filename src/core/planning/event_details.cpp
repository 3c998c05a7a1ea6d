#include "core/planning/event_details.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/plan/find_by_id.hpp"

namespace planner {
namespace {

std::string module_line(const Catalogue& catalogue, const Event& event) {
  const Module* module = catalogue.module(event.module);
  if (module == nullptr) return {};
  return "Module " + std::to_string(module->number) + ": " + module->title;
}

std::string words_text(int min, int max) {
  if (min == max) return std::to_string(max) + " words";
  return std::to_string(min) + " to " + std::to_string(max) + " words";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// "mentor (Alex Jones)": a party of a review, with the profile's name for them when there is one.
std::string party(const Plan& plan, const std::string& who) {
  const std::string& name = who == "apprentice" ? plan.profile.apprentice
                            : who == "mentor"   ? plan.profile.mentor
                            : who == "tutor"    ? plan.profile.tutor
                                                : who;
  return name.empty() || name == who ? who : who + " (" + name + ")";
}

std::string sign_off_line(const char* party_name, const SignOff& sign_off) {
  if (!sign_off.signed_off) return std::string(party_name) + ": not signed off";
  std::string line = std::string(party_name) + ": signed off";
  if (!sign_off.name.empty()) line += " by " + sign_off.name;
  if (sign_off.date) line += " on " + sign_off.date->display();
  return line;
}

void module_event_details(const Catalogue& catalogue, const Event& event, std::vector<std::string>& lines) {
  const ModuleTimetable& timetable = catalogue.timetable;
  const std::string_view template_id =
      std::string_view(event.id).substr(std::min(event.id.size(), event.module.size() + 1));
  if (event.kind == EventKind::f2f || event.kind == EventKind::online) {
    if (event.kind == EventKind::f2f) {
      lines.push_back(std::string(event.days < 1 ? "Face-to-face, half day" : "Face-to-face, full day") + ", at " +
                      timetable.location);
      if (event.times) lines.push_back("From " + event.times->start.text() + " to " + event.times->end.text());
    } else {
      lines.push_back("Online: e-learning and the discussion forum, from " + event.start.display() + " to " +
                      event.end.display());
    }
    if (const SessionTemplate* session = timetable.session(template_id)) {
      for (const std::string& activity : session->activities) lines.push_back("- " + activity);
    }
  } else if (event.kind == EventKind::wba_due || event.kind == EventKind::assignment_due) {
    if (const DeadlineTemplate* deadline = timetable.deadline(template_id)) {
      lines.push_back(deadline->description);
      lines.push_back("Length: " + words_text(deadline->words_min, deadline->words_max));
      if (deadline->formative) lines.push_back("Formative: submitted once to the tutor for feedback, not marked");
    }
  }
}

void activity_details(const Catalogue& catalogue, const Activity& activity, std::vector<std::string>& lines) {
  const ActivityType* type = catalogue.activity_type(activity.kind);
  if (type != nullptr) lines.push_back(type->name);
  if (!activity.with_whom.empty() || !activity.role.empty()) {
    std::string with = "With: " + activity.with_whom;
    if (!activity.role.empty()) with += activity.with_whom.empty() ? activity.role : " (" + activity.role + ")";
    lines.push_back(with);
  }
  if (!activity.focus.empty()) lines.push_back("Focus: " + activity.focus);
  if (activity.hours > 0) lines.push_back("Off-the-job hours: " + hours_figure(activity.hours));
  if (activity.reflection_words > 0)
    lines.push_back("Reflection: " + std::to_string(activity.reflection_words) + " words");
  std::vector<std::string> standards;
  for (const std::string& id : activity.standards) {
    const Standard* standard = catalogue.standard(id);
    standards.push_back(standard != nullptr ? standard->text : id);
  }
  if (!standards.empty()) lines.push_back("Standards evidenced: " + joined(standards, "; "));
  std::vector<std::string> behaviours;
  for (const std::string& id : activity.behaviours) {
    const Behaviour* behaviour = catalogue.behaviour(id);
    behaviours.push_back(behaviour != nullptr ? behaviour->name : id);
  }
  if (!behaviours.empty()) lines.push_back("Behaviours evidenced: " + joined(behaviours, "; "));
  if (!activity.notes.empty()) lines.push_back(activity.notes);
}

void review_details(const Plan& plan, const Review& review, std::vector<std::string>& lines) {
  lines.push_back("Tripartite progress review: apprentice, workplace mentor or line manager, and academic tutor");
  std::vector<std::string> attendees;
  for (const std::string& who : review.attendees) attendees.push_back(party(plan, who));
  if (!attendees.empty()) lines.push_back("Attending: " + joined(attendees, ", "));
  if (!review.notes.empty()) lines.push_back(review.notes);
  if (!review.actions.empty()) {
    lines.push_back("Actions:");
    for (const std::string& action : review.actions) lines.push_back("- " + action);
  }
  lines.push_back(sign_off_line("Apprentice", review.apprentice));
  lines.push_back(sign_off_line("Mentor", review.mentor));
  lines.push_back(sign_off_line("Tutor", review.tutor));
}

void end_point_details(const Catalogue& catalogue, const Event& event, std::vector<std::string>& lines) {
  const EpaStep* step = catalogue.epa_step(event.item);
  if (step == nullptr) return;
  if (!step->description.empty()) lines.push_back(step->description);
  if (step->words > 0) lines.push_back("Length: at most " + std::to_string(step->words) + " words");
  if (step->minutes > 0) lines.push_back("Duration: " + std::to_string(step->minutes) + " minutes");
  if (step->evidence_pieces > 0)
    lines.push_back("About " + std::to_string(step->evidence_pieces) + " pieces of evidence");
}

}  // namespace

std::string_view kind_label(EventKind kind) {
  switch (kind) {
    case EventKind::module: return "Module";
    case EventKind::f2f: return "Face-to-face session";
    case EventKind::online: return "Online study";
    case EventKind::wba_due: return "Work-based assignment due";
    case EventKind::assignment_due: return "Assignment due";
    case EventKind::dissertation_milestone: return "Dissertation milestone";
    case EventKind::review: return "Progress review";
    case EventKind::shadowing: return "Shadowing";
    case EventKind::peer_observation: return "Peer observation";
    case EventKind::als: return "Action learning set";
    case EventKind::mentoring: return "Mentoring meeting";
    case EventKind::guest_session: return "Guest session";
    case EventKind::diary: return "Diary entry";
    case EventKind::leave: return "Leave";
    case EventKind::busy: return "Busy at work";
    case EventKind::induction: return "Induction";
    case EventKind::gateway: return "Gateway";
    case EventKind::epa: return "End-point assessment";
  }
  return "Event";
}

std::string_view status_label(MilestoneStatus status) {
  switch (status) {
    case MilestoneStatus::not_started: return "Not started";
    case MilestoneStatus::in_progress: return "In progress";
    case MilestoneStatus::done: return "Done";
  }
  return "Not started";
}

std::string_view status_label(ActivityStatus status) {
  switch (status) {
    case ActivityStatus::planned: return "Planned";
    case ActivityStatus::done: return "Done";
    case ActivityStatus::cancelled: return "Cancelled";
  }
  return "Planned";
}

std::string event_status(const Plan& plan, const Event& event) {
  if (!event.module.empty()) {
    const ModulePlacement* placement = plan.placement(event.module);
    return placement != nullptr && placement->completed ? "Completed" : "Planned";
  }
  if (event.kind == EventKind::dissertation_milestone) {
    const Milestone* milestone = find_by_id(plan.dissertation.milestones, event.item);
    return milestone != nullptr ? std::string(status_label(milestone->status)) : std::string();
  }
  if (event.kind == EventKind::review) {
    const Review* review = find_by_id(plan.reviews, event.item);
    if (review == nullptr) return {};
    const int signed_off =
        int{review->apprentice.signed_off} + int{review->mentor.signed_off} + int{review->tutor.signed_off};
    if (signed_off == 3) return "Signed off by all";
    if (signed_off == 0) return "Not signed off";
    return "Signed off by " + std::to_string(signed_off) + " of 3";
  }
  const Activity* activity = is_activity_kind(event.kind) ? find_by_id(plan.activities, event.item) : nullptr;
  return activity != nullptr ? std::string(status_label(activity->status)) : std::string();
}

std::vector<std::string> event_details(const Catalogue& catalogue, const Plan& plan, const Event& event) {
  std::vector<std::string> lines;
  if (!event.module.empty()) {
    if (std::string line = module_line(catalogue, event); !line.empty() && line != event.title) {
      lines.push_back(std::move(line));
    }
    module_event_details(catalogue, event, lines);
  }
  switch (event.kind) {
    case EventKind::dissertation_milestone:
      if (const Milestone* milestone = find_by_id(plan.dissertation.milestones, event.item)) {
        lines.push_back("Dissertation" +
                        (plan.dissertation.title.empty() ? std::string() : ": " + plan.dissertation.title));
        lines.push_back("Status: " + std::string(status_label(milestone->status)));
        if (milestone->target_words > 0 || milestone->words > 0) {
          lines.push_back(
              "Words: " + std::to_string(milestone->words) +
              (milestone->target_words > 0 ? " of " + std::to_string(milestone->target_words) : std::string()));
        }
        if (!milestone->notes.empty()) lines.push_back(milestone->notes);
      }
      break;
    case EventKind::review:
      if (const Review* review = find_by_id(plan.reviews, event.item)) review_details(plan, *review, lines);
      break;
    case EventKind::induction:
      if (!catalogue.induction.description.empty()) lines.push_back(catalogue.induction.description);
      for (const std::string& element : catalogue.induction.elements) lines.push_back("- " + element);
      break;
    case EventKind::gateway:
    case EventKind::epa: end_point_details(catalogue, event, lines); break;
    default:
      if (!is_activity_kind(event.kind)) break;
      if (const Activity* activity = find_by_id(plan.activities, event.item))
        activity_details(catalogue, *activity, lines);
      break;
  }
  if (lines.empty()) lines.emplace_back(kind_label(event.kind));
  return lines;
}

std::string event_summary(const Event& event) {
  if (event.kind == EventKind::dissertation_milestone) return "Dissertation: " + event.title;
  return event.title;
}

std::string hours_figure(double hours) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", std::round(hours * 100) / 100 + 0.0);
  std::string out = text;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

std::string event_details_text(const Catalogue& catalogue, const Plan& plan, const Event& event) {
  std::string out;
  for (const std::string& line : event_details(catalogue, plan, event)) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace planner
