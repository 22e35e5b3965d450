export let ticks = 0;
export function startTicking() {
  const timer = setInterval(() => {
    ticks++;
    if (ticks === 3) clearInterval(timer);
  }, 20);
}
