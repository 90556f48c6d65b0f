export default defineBackground(() => {
  // Filled in by the storage work: opens the database and answers the message protocol.
});
