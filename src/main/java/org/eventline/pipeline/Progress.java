package org.eventline.pipeline;

/**
 * What a long run over a folder tells as it goes: how many articles there are, and each one done.
 * Called from the thread that runs the loop, in article order; the command line draws it as a
 * progress bar on a terminal and ignores it otherwise.
 */
public interface Progress {

  /** A progress that shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(int total) {}

        @Override
        public void advance() {}

        @Override
        public void finish() {}
      };

  /** The run begins with {@code total} articles to do. */
  void start(int total);

  /** One more article is done. */
  void advance();

  /** The run is over (also after a failure): whatever was drawn is cleared. */
  void finish();
}
