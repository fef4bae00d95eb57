import { CalendarOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../kit/nav';

export const bookingNav: NavEntry[] = [
  { key: '/my/bookings', icon: CalendarOutlined, label: 'nav.myBookings', section: 'member', order: 20 },
  { key: '/provider/bookings', icon: ScheduleOutlined, label: 'nav.providerBookings', section: 'provider', order: 30 },
];
