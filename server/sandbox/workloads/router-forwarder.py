"""The VPC router's relay for the load balancer, run inside the router network namespace.

The layer's load balancer lives on the host and cannot open sockets in another network
namespace, so it asks this relay over a Unix socket (paths are not namespaced):
`CONNECT <source-ip> <target-ip> <port> <timeout-ms>\\n`. The relay connects from the ALB
node's address (so the target's security group sees the load balancer, as on AWS), answers
`OK` or `ERR timeout|refused|unreachable`, then relays bytes both ways. It exits when its
parent closes stdin, so it never outlives the sandbox.
"""
import asyncio
import os
import sys
import threading


def exit_with_parent():
    sys.stdin.read()
    os._exit(0)


async def pipe(reader, writer):
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            writer.write(chunk)
            await writer.drain()
        if writer.can_write_eof():
            writer.write_eof()
    except (ConnectionError, OSError):
        pass


async def handle(reader, writer):
    try:
        words = (await reader.readline()).decode().split()
        if len(words) != 5 or words[0] != "CONNECT":
            return
        _, source, target, port, timeout_ms = words
        local = (source, 0) if source != "-" else None
        try:
            target_reader, target_writer = await asyncio.wait_for(
                asyncio.open_connection(target, int(port), local_addr=local), int(timeout_ms) / 1000
            )
        except asyncio.TimeoutError:
            writer.write(b"ERR timeout\n")
            return
        except ConnectionRefusedError:
            writer.write(b"ERR refused\n")
            return
        except OSError:
            writer.write(b"ERR unreachable\n")
            return
        writer.write(b"OK\n")
        await writer.drain()
        await asyncio.gather(pipe(reader, target_writer), pipe(target_reader, writer))
        target_writer.close()
    except (ConnectionError, OSError, ValueError):
        pass
    finally:
        writer.close()


async def main(path):
    server = await asyncio.start_unix_server(handle, path=path)
    os.chmod(path, 0o600)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


threading.Thread(target=exit_with_parent, daemon=True).start()
asyncio.run(main(sys.argv[1]))
