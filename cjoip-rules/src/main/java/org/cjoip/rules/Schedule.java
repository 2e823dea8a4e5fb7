package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.time.Timescale;
import org.cjoip.rules.facts.Closed;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.Due;
import org.cjoip.rules.facts.Recurring;

/**
 * The deliverables timeline, made from the due dates the rules derived and the findings as
 * finally reported: a deliverable is overdue on the timeline exactly when a CJ-DEL-005 finding
 * that no waiver covers says so, and shown overdue and waived when a waiver covers it.
 */
final class Schedule {

  private Schedule() {}

  /**
   * @param overdue the deliverables a standing CJ-DEL-005 finding is about
   * @param waived the deliverables a waived CJ-DEL-005 finding is about
   */
  static List<ScheduledDeliverable> of(Memory memory, java.util.Set<Object> overdue,
      java.util.Set<Object> waived, LocalDate asOf) {
    Map<DeliverableFact, Due> due = new IdentityHashMap<>();
    memory.all(Due.class).forEach(d -> due.put(d.deliverable(), d));
    Map<DeliverableFact, Closed> closed = new IdentityHashMap<>();
    memory.all(Closed.class).forEach(c -> closed.put(c.deliverable(), c));
    Map<DeliverableFact, Recurring> recurring = new IdentityHashMap<>();
    memory.all(Recurring.class).forEach(r -> recurring.put(r.deliverable(), r));
    List<DeliverableFact> all = new ArrayList<>(memory.all(DeliverableFact.class));
    all.sort(Comparator.comparingInt(DeliverableFact::index));
    List<ScheduledDeliverable> out = new ArrayList<>(all.size());
    for (DeliverableFact d : all) {
      Optional<Due> when = Optional.ofNullable(due.get(d));
      ScheduledDeliverable.State state;
      if (overdue.contains(d)) {
        state = ScheduledDeliverable.State.OVERDUE;
      } else if (waived.contains(d)) {
        state = ScheduledDeliverable.State.OVERDUE_WAIVED;
      } else if (closed.containsKey(d)) {
        state = closed.get(d).dropped() ? ScheduledDeliverable.State.DROPPED
            : ScheduledDeliverable.State.COMPLETE;
      } else if (recurring.containsKey(d) && when.isPresent()
          && when.get().date().isBefore(asOf)) {
        state = ScheduledDeliverable.State.RECURRING;
      } else if (when.isPresent()) {
        state = ScheduledDeliverable.State.DUE;
      } else if (d.timescaleKind() == Timescale.Kind.OPEN_ENDED) {
        state = ScheduledDeliverable.State.OPEN_ENDED;
      } else {
        state = ScheduledDeliverable.State.NO_DATE;
      }
      out.add(ScheduledDeliverable.builder()
          .path(d.path())
          .position(d.position())
          .priorityAction(d.priorityAction() > 0 ? Optional.of(d.priorityAction())
              : Optional.empty())
          .id(Optional.ofNullable(d.id()))
          .description(d.deliverable().description())
          .owners(d.deliverable().owners())
          .status(d.deliverable().status())
          .timescale(d.deliverable().timescale())
          .due(when.map(Due::date))
          .from(Optional.ofNullable(d.timescale()).flatMap(t -> t.from()))
          .recurrence(Optional.ofNullable(recurring.get(d)).map(Recurring::recurrence))
          .state(state)
          .build());
    }
    return out;
  }
}
