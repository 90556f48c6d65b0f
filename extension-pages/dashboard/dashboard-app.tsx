/** The dashboard's root component (filled in below). */
export function DashboardApp() {
  return (
    <main class="dashboard">
      <h1>Council Lens</h1>
    </main>
  );
}
