import * as trigger from '../../src/triggers/user-deactivated';
import { organizationUserBody } from '../fixtures/webhooks';
import { describeHook } from './hook-cases';
import { mockUsers } from './people-list';

describeHook({
  module: trigger,
  key: 'user_deactivated',
  label: 'User Deactivated',
  event: 'organization.user_deactivated',
  body: () => organizationUserBody(false),
  mockList: () => mockUsers(),
  expected: {
    id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e:organization.user_deactivated:2024-02-05T17:34:31.495Z',
    user_uuid: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    user_full_name: 'Helen Wick',
    user_email: 'helen@example.com',
    user_is_active: false,
    user_role: 'MEMBER',
  },
});
