import type { Dispatcher } from 'undici';

/**
 * Whether any byte of a request reached a socket. undici calls `onRequestStart` on a connected
 * socket right before it writes the request line, so a failure before it means nothing was sent
 * (refused, connect timeout, TLS failure, cancelled while queued) and a failure after it may
 * have reached Apinizer.
 */
export interface SendProgress {
  started: boolean;
}

type Handler = Dispatcher.DispatchHandler;

/** Passes every event on to `handler`, noting in `progress` when the request starts going out. */
const progressHandler = (handler: Handler, progress: SendProgress): Handler => ({
  onRequestStart: (controller, context) => {
    progress.started = true;
    handler.onRequestStart?.(controller, context);
  },
  onRequestUpgrade: (...args) => handler.onRequestUpgrade?.(...args),
  onResponseStart: (...args) => handler.onResponseStart?.(...args),
  onResponseData: (...args) => handler.onResponseData?.(...args),
  onResponseEnd: (...args) => handler.onResponseEnd?.(...args),
  onResponseError: (...args) => handler.onResponseError?.(...args),
});

/** A dispatcher that records in `progress` when the request starts going out. */
export function trackingSend(dispatcher: Dispatcher, progress: SendProgress): Dispatcher {
  return dispatcher.compose(
    (dispatch) => (options, handler) => dispatch(options, progressHandler(handler, progress)),
  );
}
