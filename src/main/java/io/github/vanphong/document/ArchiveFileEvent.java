package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the history of an {@link ArchiveFile}: the command, who did it and on what day, and the document it
 * adds. For example the closing of the file {@code VPTU-HS-2016-07} by its author on 2016-12-30.
 *
 * <p>An {@link ArchiveFileCommand#ADD_DOCUMENT} carries the number and symbol of the document added; no other event
 * carries one. Events are made by the file's commands; an application that keeps a file's history rebuilds it with
 * {@link ArchiveFile#replay}. An event names its actor by identifier only.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ArchiveFileEvent {

  ArchiveFileEvent() {}

  /**
   * The command performed.
   *
   * @return the command, not null
   */
  public abstract ArchiveFileCommand command();

  /**
   * The day it was performed.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * Who performed it: the author of the file, the archivist, or the chair of the appraisal council.
   *
   * @return the actor, not null
   */
  public abstract PersonId by();

  /**
   * The document added, for {@link ArchiveFileCommand#ADD_DOCUMENT}.
   *
   * @return the document's number and symbol, present exactly for an addition
   */
  public abstract Optional<DocumentSymbol> document();

  /**
   * Returns an event that carries no document.
   *
   * @param command the command, not {@link ArchiveFileCommand#ADD_DOCUMENT}, not null
   * @param on the day, not null
   * @param by who performed it, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the command is an addition, which carries its document
   */
  public static ArchiveFileEvent of(ArchiveFileCommand command, LocalDate on, PersonId by) {
    return ImmutableArchiveFileEvent.builder().command(command).on(on).by(by).build();
  }

  /**
   * Returns the addition of a document.
   *
   * @param document the document's number and symbol, not null
   * @param on the day, not null
   * @param by who added it, not null
   * @return the event, {@link ArchiveFileCommand#ADD_DOCUMENT}, not null
   */
  public static ArchiveFileEvent adding(DocumentSymbol document, LocalDate on, PersonId by) {
    return ImmutableArchiveFileEvent.builder()
        .command(ArchiveFileCommand.ADD_DOCUMENT)
        .on(on)
        .by(by)
        .document(document)
        .build();
  }

  @Value.Check
  void check() {
    boolean adds = command() == ArchiveFileCommand.ADD_DOCUMENT;
    checkArgument(
        document().isPresent() == adds,
        "%s %s",
        command(),
        adds ? "carries the document added" : "carries no document");
  }

  /**
   * Returns the command, day, actor and document: "ADD_DOCUMENT 2016-03-02 by HG-VT: 12-BC/VPTU".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return command() + " " + on() + " by " + by() + document().map(d -> ": " + d).orElse("");
  }
}
