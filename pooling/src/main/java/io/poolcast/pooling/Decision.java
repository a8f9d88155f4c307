package io.poolcast.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.RejectionReason;
import java.util.Optional;

/**
 * What a pool did with one order event.
 *
 * @param outcome accepted, ignored (a duplicate: counted once, not an error) or rejected
 * @param reason why it was ignored or rejected; {@code null} when accepted
 * @param orderId the event's order id (may be null for an invalid event)
 * @param eventId the event's id (may be null for an invalid event)
 * @param detail one line for people
 */
public record Decision(
    Outcome outcome, RejectionReason reason, String orderId, String eventId, String detail) {

  /** The three ways an event can end. */
  public enum Outcome {
    ACCEPTED,
    IGNORED,
    REJECTED
  }

  static Decision accepted(ShopOrderEvent e, String detail) {
    return new Decision(Outcome.ACCEPTED, null, e.orderId(), e.eventId(), detail);
  }

  static Decision duplicate(ShopOrderEvent e, String detail) {
    return new Decision(
        Outcome.IGNORED, RejectionReason.DUPLICATE, e.orderId(), e.eventId(), detail);
  }

  static Decision rejected(ShopOrderEvent e, RejectionReason reason, String detail) {
    return e == null
        ? new Decision(Outcome.REJECTED, reason, null, null, detail)
        : new Decision(Outcome.REJECTED, reason, e.orderId(), e.eventId(), detail);
  }

  public boolean isAccepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /** The rejection to report (dead letter, shop notice); empty unless rejected. */
  public Optional<OrderRejection> rejection() {
    return outcome == Outcome.REJECTED
        ? Optional.of(new OrderRejection(orderId, eventId, reason, detail))
        : Optional.empty();
  }
}
