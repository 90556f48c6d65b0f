import { openDb } from '@/storage/db';
import { startBackground } from '@/background/start';

export default defineBackground(() => {
  startBackground(openDb());
});
