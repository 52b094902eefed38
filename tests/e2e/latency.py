"""A TCP proxy on 127.0.0.1 that delays every chunk, to put the private sshd far away.

This kernel has no netem, so latency is made in user space: each chunk read from one side is
written to the other ``delay`` seconds later, in order. Over such a link keys arrive late and
in bursts, and a lone Escape travels apart from the key after it only if the user waits —
which a real terminal test must show still works.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time


class DelayProxy:
    """Forward connections on ``port`` to ``target_port``, each way ``delay`` seconds late."""

    def __init__(self, target_port: int, delay: float) -> None:
        self.target_port = target_port
        self.delay = delay
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    def start(self) -> None:
        """Listen on a free port (``self.port``) in a background thread."""
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        future.result(timeout=10)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        server_in, server_out = await asyncio.open_connection("127.0.0.1", self.target_port)
        try:
            await asyncio.gather(
                self._pipe(client_in, server_out), self._pipe(server_in, client_out)
            )
        except asyncio.CancelledError:
            # ``stop`` ends open connections; a handler that ends by cancellation makes
            # asyncio's stream protocol log an error, so it returns normally instead.
            pass
        finally:
            client_out.close()
            server_out.close()

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        """Copy ``source`` to ``sink``; every chunk waits until ``delay`` after it was read."""
        pending: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, chunk = await pending.get()
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                if not chunk:
                    break
                sink.write(chunk)
                await sink.drain()

        delivery = asyncio.create_task(deliver())
        try:
            with contextlib.suppress(ConnectionError):
                while chunk := await source.read(65536):
                    pending.put_nowait((time.monotonic() + self.delay, chunk))
            pending.put_nowait((time.monotonic() + self.delay, b""))
            with contextlib.suppress(ConnectionError):
                await delivery
        finally:
            delivery.cancel()
            sink.close()

    def stop(self) -> None:
        """Close the listener, end every connection, then stop and close the loop."""

        async def close() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
